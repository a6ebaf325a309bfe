package org.multisitecrm.api4;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.FORM;
import static org.multisitecrm.testing.Api4Client.encode;
import static org.multisitecrm.testing.Api4Client.json;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * The findings of a hostile branch user's probe, one test each: cross-site request forgery through the
 * session cookie, taking another site's saved search, implicit joins that dropped rows, writes to rows
 * shared by every domain answered 500, and read-modify-write races that lost updates.
 */
class HostileFindingsIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    @Test
    void aCrossSiteFormCarryingTheSessionCookieChangesNothing() {
        HttpResponse<String> login = server.send(NORTH, "POST", "/api/login", Map.of("Content-Type", FORM), "username=north&password=north");
        assertEquals(200, login.statusCode(), login.body());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String self = "http://" + NORTH + ":" + server.port();
        long before = count("Contact");

        String create = "params=" + encode("{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Forged\"}}");
        for (Map<String, String> forged : List.of(
                Map.of("Cookie", cookie, "Content-Type", FORM, "Origin", "http://evil.example"),
                Map.of("Cookie", cookie, "Content-Type", FORM, "Referer", "http://evil.example/page"),
                Map.of("Cookie", cookie, "Content-Type", FORM, "Origin", "http://south.localhost:" + server.port()),
                Map.of("Cookie", cookie, "Content-Type", FORM))) {
            assertEquals(403, refused(server.send(NORTH, "POST", "/civicrm/ajax/api4/Contact/create", forged, create)), forged.toString());
            assertEquals(403, refused(server.send(NORTH, "POST", "/civicrm/ajax/api4", forged,
                    "calls=" + encode("{\"s\":[\"Setting\",\"set\",{\"values\":{\"lcMessages\":\"fr_FR\"}}]}"))));
            assertEquals(403, refused(server.send(NORTH, "POST", "/api/me/api-keys", forged, "")));
        }
        assertEquals(before, count("Contact"));
        assertEquals(403, refused(server.send(NORTH, "POST", "/api/login",
                Map.of("Content-Type", FORM, "Origin", "http://evil.example"), "username=north&password=north")), "login CSRF");

        HttpResponse<String> sameSite = server.send(NORTH, "POST", "/civicrm/ajax/api4/Contact/get",
                Map.of("Cookie", cookie, "Content-Type", FORM, "Origin", self), "params=" + encode("{\"select\":[\"row_count\"]}"));
        assertEquals(200, sameSite.statusCode(), sameSite.body());
        HttpResponse<String> read = server.send(NORTH, "GET", "/api/me", Map.of("Cookie", cookie), null);
        assertEquals(200, read.statusCode(), "reads need no Origin");
        HttpResponse<String> byKey = server.send(NORTH, "POST", "/civicrm/ajax/api4/Contact/get",
                Map.of("X-Civi-Auth", "Bearer " + NORTH_KEY, "Content-Type", FORM, "Origin", "http://evil.example"), "params={}");
        assertEquals(200, byKey.statusCode(), "an API key is no ambient credential");
    }

    @Test
    void anotherSitesSavedSearchCannotBeTakenOrRelabelled() {
        long search = api.firstId(NORTH, NORTH_KEY, "SavedSearch", "create",
                "{\"values\":{\"name\":\"hostile_north_search\",\"label\":\"North's\",\"api_params\":{\"where\":[[\"first_name\",\"=\",\"Nora\"]]}}}");
        HttpResponse<String> taken = api.call(SOUTH, SOUTH_KEY, "Group", "create",
                "{\"values\":{\"name\":\"hostile_taken\",\"title\":\"Taken\",\"saved_search_id\":" + search + "}}");
        HttpResponse<String> missing = api.call(SOUTH, SOUTH_KEY, "Group", "create",
                "{\"values\":{\"name\":\"hostile_taken\",\"title\":\"Taken\",\"saved_search_id\":2147480000}}");
        assertEquals(400, refused(taken));
        assertEquals(message(missing).replace("2147480000", "ID"), message(taken).replace(Long.toString(search), "ID"),
                "taking North's search is answered as a missing one");
        assertEquals(403, refused(api.call(SOUTH, SOUTH_KEY, "SavedSearch", "update",
                "{\"where\":[[\"id\",\"=\"," + search + "]],\"values\":{\"label\":\"pwned\"}}")));
        assertEquals(403, refused(api.call(SOUTH, SOUTH_KEY, "SavedSearch", "delete", "{\"where\":[[\"id\",\"=\"," + search + "]]}")));
        JsonObject relabelled = api.ok(NORTH, NORTH_KEY, "SavedSearch", "update",
                "{\"where\":[[\"id\",\"=\"," + search + "]],\"values\":{\"label\":\"Still North's\"}}");
        assertEquals("Still North's", relabelled.getJsonArray("values").getJsonObject(0).getString("label"));
        long group = api.firstId(NORTH, NORTH_KEY, "Group", "create",
                "{\"values\":{\"name\":\"hostile_north_smart\",\"title\":\"North smart\",\"saved_search_id\":" + search + "}}");
        assertTrue(group > 0, "the site that saved it may use it");
    }

    @Test
    void anImplicitJoinToAnUnseenRowGivesNullsAndKeepsTheRow() {
        for (String entity : List.of("GroupContact", "GroupNesting", "UFMatch")) {
            String fk = entity.equals("UFMatch") ? "contact_id" : entity.equals("GroupNesting") ? "parent_group_id" : "group_id";
            JsonObject plain = api.ok(NORTH, NORTH_KEY, entity, "get", "{\"select\":[\"id\"]}");
            JsonObject joined = api.ok(NORTH, NORTH_KEY, entity, "get", "{\"select\":[\"id\",\"" + fk + ".id\"]}");
            assertEquals(plain.getInt("count"), joined.getInt("count"), entity + ": " + joined);
        }
    }

    @Test
    void aRefusedWriteToARowSharedByEveryDomainIsA403NotA500() {
        long shared = api.firstId("localhost", "admin-demo-key", "OptionGroup", "get", "{\"where\":[[\"domain_id\",\"IS NULL\"]],\"limit\":1}");
        assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "OptionGroup", "update",
                "{\"where\":[[\"id\",\"=\"," + shared + "]],\"values\":{\"title\":\"Mine now\"}}")));
        long value = api.firstId("localhost", "admin-demo-key", "OptionValue", "get", "{\"where\":[[\"domain_id\",\"IS NULL\"]],\"limit\":1}");
        assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "OptionValue", "delete", "{\"where\":[[\"id\",\"=\"," + value + "]]}")));
        assertEquals(1, api.ok(NORTH, NORTH_KEY, "OptionValue", "get", "{\"where\":[[\"id\",\"=\"," + value + "]]}").getInt("count"));
    }

    /**
     * Sixteen clients read a counter and write it back one higher, each update conditional on the
     * modified_date it read: the row ends exactly as high as the number of updates that succeeded.
     */
    @Test
    void conditionalUpdatesOnModifiedDateLoseNoIncrement() throws Exception {
        long id = api.firstId(NORTH, NORTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Counter\",\"last_name\":\"0\"}}");
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            running.add(clients.submit(() -> {
                for (int round = 0; round < 12; round++) {
                    JsonObject row = api.ok(NORTH, NORTH_KEY, "Contact", "get",
                            "{\"select\":[\"last_name\",\"modified_date\"],\"where\":[[\"id\",\"=\"," + id + "]]}")
                            .getJsonArray("values").getJsonObject(0);
                    int next = Integer.parseInt(row.getString("last_name")) + 1;
                    HttpResponse<String> update = api.call(NORTH, NORTH_KEY, "Contact", "update",
                            "{\"where\":[[\"id\",\"=\"," + id + "],[\"modified_date\",\"=\",\"" + row.getString("modified_date") + "\"]],"
                                    + "\"values\":{\"last_name\":\"" + next + "\"}}");
                    if (update.statusCode() == 200 && json(update.body()).getInt("count") == 1) {
                        succeeded.incrementAndGet();
                    } else if (update.statusCode() == 200 || update.statusCode() == 409) {
                        conflicts.incrementAndGet();
                    } else {
                        errors.add(update.statusCode() + " " + update.body());
                    }
                }
            }));
        }
        for (Future<?> client : running) {
            client.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();
        String last = api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"select\":[\"last_name\"],\"where\":[[\"id\",\"=\"," + id + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("last_name");
        System.out.printf("Concurrent conditional updates: %d succeeded, %d saw the row changed, final value %s%n",
                succeeded.get(), conflicts.get(), last);
        assertEquals(List.of(), errors);
        assertEquals(succeeded.get(), Integer.parseInt(last), "an increment was lost");
        assertTrue(succeeded.get() > 0 && conflicts.get() > 0, "the race happened: " + succeeded + " / " + conflicts);
    }

    @Test
    void aSettingOutsideItsRangeIsRefusedNamingIt() {
        for (String value : List.of("-5", "0", "100000000000")) {
            HttpResponse<String> set = api.call(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"search_autocomplete_count\":" + value + "}}");
            assertEquals(400, refused(set));
            assertTrue(message(set).startsWith("search_autocomplete_count"), message(set));
        }
        assertFalse(api.ok(NORTH, NORTH_KEY, "Setting", "get", "{\"select\":[\"search_autocomplete_count\"]}").toString().contains("-5"));
    }

    private long count(String entity) {
        return api.ok("localhost", "admin-demo-key", entity, "get", "{\"select\":[\"row_count\"]}").getInt("count");
    }
}
