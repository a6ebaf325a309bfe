package org.multisitecrm.tenancy;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two real servers on one database, each holding copies in memory (the site table, the callers it has
 * seen): a domain and site created on one are served by the other, and a key revoked on one is refused
 * by the other, through the change feed rather than after the copies' lifetime. Prints how long each took.
 */
class ChangesAcrossServersIT {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";
    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";

    private static ServerProcess first;
    private static ServerProcess second;

    @BeforeAll
    static void startTwoServersOnOneDatabase() {
        String[] db = TestDatabase.urlUserPassword("it-changes-db");
        first = launch("changes-a", db);
        second = launch("changes-b", db);
    }

    private static ServerProcess launch(String name, String[] db) {
        return ServerProcess.launch(name, Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                "CRM_JOBS_ENABLED", "false", "CRM_CALLER_CACHE_SECONDS", "600", "CRM_DATA_DIR", BUILD.resolve("it-" + name).toString()))
                .awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSiteAddedOnOneServerIsServedByTheOther() {
        String name = "Branch East " + UUID.randomUUID().toString().substring(0, 8);
        String host = "east-" + name.substring(name.length() - 8) + ".localhost";
        assertEquals("Head Office", site(second, host).getString("name"), "an unknown host is head office's, and the table is now held");
        Api4Client onFirst = new Api4Client(first);
        long domain = onFirst.firstId(HEAD, ADMIN_KEY, "Domain", "create", "{\"values\":{\"name\":\"" + name + "\",\"parent_id\":1}}");
        onFirst.ok(HEAD, ADMIN_KEY, "Site", "create", "{\"values\":{\"domain_id\":" + domain + ",\"hostname\":\"" + host + "\",\"port\":80}}");
        long millis = await(() -> name.equals(site(second, host).getString("name")));
        System.out.printf("A site added on one server was served by the other after %d ms%n", millis);
    }

    @Test
    void aKeyRevokedOnOneServerIsRefusedByTheOther() {
        JsonObject issued = Api4Client.json(first.send(NORTH, "POST", "/api/me/api-keys", Map.of("Content-Type", Api4Client.FORM,
                "X-Civi-Auth", "Bearer " + NORTH_KEY), "label=feed").body());
        String key = issued.getString("api_key");
        Api4Client onSecond = new Api4Client(second);
        assertEquals(200, onSecond.call(NORTH, key, "Contact", "get", "{\"limit\":1}").statusCode(), "the other server now holds the caller");
        first.send(NORTH, "DELETE", "/api/me/api-keys/" + issued.getJsonNumber("id").longValue(), Map.of("X-Civi-Auth", "Bearer " + NORTH_KEY), "");
        long millis = await(() -> onSecond.call(NORTH, key, "Contact", "get", "{\"limit\":1}").statusCode() == 401);
        System.out.printf("A key revoked on one server was refused by the other after %d ms (its caller is kept 600 s otherwise)%n", millis);
    }

    private static JsonObject site(ServerProcess server, String host) {
        return Api4Client.json(server.get(host, "/api/site").body());
    }

    /** Milliseconds until the condition holds; fails after 15 s. */
    private static long await(BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > 15_000_000_000L) {
                throw new AssertionError("not seen by the other server within 15 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
