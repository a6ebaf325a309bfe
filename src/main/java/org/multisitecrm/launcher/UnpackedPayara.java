package org.multisitecrm.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Payara Micro run from its unpacked runtime rather than from inside payara-micro.jar.
 *
 * <p>The build writes Payara's own launcher layout beside the launcher jar
 * ({@code java -jar payara-micro.jar --outputlauncher --rootdir target/payara-micro}): {@code launch-micro.jar},
 * whose manifest puts the runtime's jars on the class path, those jars under {@code runtime/}, and the
 * domain's template ({@code config/}, and {@code lib/} with the JDBC resource adapters unpacked). The
 * launcher jar's manifest names {@code launch-micro.jar}, so the runtime loads from plain jar files.
 *
 * <p>Why: from inside payara-micro.jar, every read of a nested jar's entry reopened payara-micro.jar, and
 * Faces' search of every jar's {@code META-INF} for tag libraries and configuration read all of them: 6 of
 * the 28 s from {@code java} to ready on two cores, with more in class loading.
 *
 * <p>Each server keeps its own Payara root under its data folder, as before; what Payara's launcher mode
 * expects to find in that root (it would otherwise copy it out of payara-micro.jar) is copied from the
 * layout at every start: 1.2 MB.
 */
final class UnpackedPayara {

    static final String FOLDER = "payara-micro";
    private static final String LAUNCHER_JAR = "launch-micro.jar";
    private static final List<String> ROOT_TEMPLATE = List.of("config", "lib");
    /**
     * What Payara's own launcher ({@code RootDirLauncher}) sets before it starts the runtime: the launcher jar,
     * whose manifest tells the runtime which jars its services come from, and the layout's folder. Without
     * the second the runtime boots without its admin command security and cannot run the pre-boot commands.
     */
    private static final String BOOT_JAR_PROPERTY = "fish.payara.micro.BootJar";
    private static final String UNPACK_DIR_PROPERTY = "fish.payara.micro.UnpackDir";
    private static final String RUNTIME_CLASS = "fish.payara.micro.impl.PayaraMicroImpl";

    private final Path layout;

    private UnpackedPayara(Path layout) {
        this.layout = layout;
    }

    /** The layout the build wrote beside the launcher jar. */
    static UnpackedPayara besideLauncher() {
        Path jar;
        try {
            jar = Path.of(UnpackedPayara.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new LaunchException("Cannot locate the launcher jar: " + e.getMessage(), e);
        }
        return at(jar.resolveSibling(FOLDER));
    }

    static UnpackedPayara at(Path layout) {
        Stream.concat(Stream.of(LAUNCHER_JAR, "runtime"), ROOT_TEMPLATE.stream()).map(layout::resolve)
                .filter(Files::notExists).findFirst().ifPresent(missing -> {
                    throw new LaunchException(missing + " is missing: run 'mvn -q package -DskipTests'");
                });
        return new UnpackedPayara(layout);
    }

    /** Gives a server's Payara root the domain template and the resource adapters, as Payara's launcher root has them. */
    void prepareRoot(Path rootDir) {
        try {
            for (String folder : ROOT_TEMPLATE) {
                copyTree(layout.resolve(folder), rootDir.resolve(folder));
            }
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare Payara's folder " + rootDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the runtime from the class path. {@code PayaraMicro.getInstance()} then answers it; left to
     * itself it would look for the runtime inside payara-micro.jar and build a class loader over nothing.
     * The runtime's class is internal to Payara, hence reflection, in this one place.
     */
    void register() {
        System.setProperty(BOOT_JAR_PROPERTY, layout.resolve(LAUNCHER_JAR).toUri().toString());
        System.setProperty(UNPACK_DIR_PROPERTY, layout.toAbsolutePath().toString());
        try {
            Class.forName(RUNTIME_CLASS).getMethod("getInstance").invoke(null);
        } catch (ClassNotFoundException e) {
            throw new LaunchException("Payara's runtime is not on the class path: the launcher jar's manifest should name "
                    + FOLDER + "/" + LAUNCHER_JAR, e);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new LaunchException("This Payara Micro has no " + RUNTIME_CLASS + ".getInstance(): " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            throw new LaunchException("Payara Micro did not initialise: " + e.getCause(), e.getCause());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
