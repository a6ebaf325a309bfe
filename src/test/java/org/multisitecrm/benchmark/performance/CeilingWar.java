package org.multisitecrm.benchmark.performance;

import org.multisitecrm.benchmark.performance.ceiling.CeilingResource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs the ceiling's classes, its SQL and the MariaDB driver into {@code ceiling.war}. */
final class CeilingWar {

    private CeilingWar() {
    }

    static Path build(Path folder, Properties sql) {
        try {
            Files.createDirectories(folder);
            Path war = folder.resolve("ceiling.war");
            Path classes = Path.of(CeilingResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path driver = Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path ceiling = classes.resolve(CeilingResource.class.getPackageName().replace('.', '/'));
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war)); Stream<Path> files = Files.list(ceiling)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    add(zip, "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
                try (var text = new java.io.ByteArrayOutputStream()) {
                    sql.store(text, "The CRM's SQL per measured call, written by the performance harness");
                    add(zip, "WEB-INF/classes/ceiling.properties", text.toByteArray());
                }
                add(zip, "WEB-INF/lib/" + driver.getFileName(), Files.readAllBytes(driver));
            }
            return war;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(bytes);
        zip.closeEntry();
    }

    static List<String> jvmOption(Path war) {
        return List.of("-Dcrm.extra.wars=" + war.toAbsolutePath());
    }
}
