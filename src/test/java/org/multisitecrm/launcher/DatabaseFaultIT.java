package org.multisitecrm.launcher;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.ServerProcess;
import org.multisitecrm.testing.TcpProxy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.multisitecrm.testing.Api4Client.json;

/**
 * The database goes away under a running server: every request answers within seconds with APIv4
 * JSON (503, database_unavailable), readiness is DOWN, and the server recovers by itself when the
 * database returns. The embedded database killed outright is started again by the launcher.
 */
class DatabaseFaultIT {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final String QUERY = "{\"select\":[\"id\"],\"limit\":1}";

    @Test
    void anUnreachableDatabaseIsA503WithinSecondsAndTheServerHealsWhenItReturns() throws Exception {
        String[] db = TestDatabase.urlUserPassword("it-fault-db");
        int databasePort = URI.create(db[0].substring("jdbc:".length())).getPort();
        try (TcpProxy proxy = new TcpProxy(databasePort);
             ServerProcess server = ServerProcess.launch("fault-external", Map.of(
                     "DB_URL", "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + EmbeddedMariaDb.DATABASE,
                     "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                     "CRM_DATA_DIR", BUILD.resolve("it-fault-external").toString()))) {
            server.awaitReady(Duration.ofSeconds(180));
            Api4Client api = new Api4Client(server);
            assertEquals(200, api.call("north.localhost", "north-demo-key", "Contact", "get", QUERY).statusCode());

            proxy.cut();
            for (int i = 0; i < 4; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = api.call("north.localhost", "north-demo-key", "Contact", "get", QUERY);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, answer.statusCode(), answer.body());
                JsonObject error = json(answer.body());
                assertEquals("database_unavailable", error.getString("error_code"));
                assertEquals(503, error.getInt("status"));
                assertTrue(millis < 10_000, "answered after " + millis + " ms");
                System.out.printf("Database unreachable: request %d answered 503 in %d ms%n", i, millis);
            }
            HttpResponse<String> write = api.call("north.localhost", "north-demo-key", "Contact", "create",
                    "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"During outage\"}}");
            assertEquals(503, write.statusCode(), write.body());
            assertEquals(503, server.get("localhost", "/health/ready").statusCode(), "readiness while the database is away");

            proxy.restore();
            long back = System.nanoTime();
            awaitStatus(api, 200, Duration.ofSeconds(60));
            System.out.printf("Database back: first 200 after %d ms%n", (System.nanoTime() - back) / 1_000_000);
            assertEquals(200, server.get("localhost", "/health/ready").statusCode());
            assertEquals(0, api.ok("north.localhost", "north-demo-key", "Contact", "get",
                    "{\"where\":[[\"first_name\",\"=\",\"During outage\"]]}").getInt("count"), "nothing half-written");
        }
    }

    @Test
    void theLauncherStartsAKilledEmbeddedDatabaseAgain() throws Exception {
        Path data = BUILD.resolve("it-fault-embedded");
        Folders.deleteTree(data);
        try (ServerProcess server = ServerProcess.launch("fault-embedded", Map.of("CRM_DATA_DIR", data.toString()))) {
            server.awaitReady(Duration.ofSeconds(180));
            Api4Client api = new Api4Client(server);
            long pid = Long.parseLong(Files.readString(data.resolve("mariadb").resolve("mariadbd.pid")).trim());
            ProcessHandle mariadbd = ProcessHandle.of(pid).orElseThrow();
            mariadbd.destroyForcibly();
            mariadbd.onExit().get();
            long killed = System.nanoTime();
            awaitStatus(api, 200, Duration.ofSeconds(90));
            System.out.printf("Embedded MariaDB killed: serving again after %d ms%n", (System.nanoTime() - killed) / 1_000_000);
            assertTrue(server.output().contains("is no longer running: starting it again"), "the launcher said what it did");
            assertEquals(200, server.get("localhost", "/health/ready").statusCode());
        }
    }

    private static void awaitStatus(Api4Client api, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = api.call("north.localhost", "north-demo-key", "Contact", "get", QUERY);
            if (last.statusCode() == status) {
                return;
            }
            assertTrue(last.statusCode() == 503, "while recovering: " + last.statusCode() + " " + last.body());
            Thread.sleep(500);
        }
        fail("not " + status + " within " + timeout + ": " + (last == null ? "no answer" : last.body()));
    }
}
