package org.multisitecrm.group;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * SearchKit as CiviCRM documents it: a saved search in full with a display, run a page at a time,
 * counted, filtered and sorted, always under the caller's own visibility; a search that cannot define
 * a smart group is refused as one.
 */
class SearchKitIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String INDIVIDUALS = "[[\"contact_type\",\"=\",\"Individual\"]]";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private JsonObject run(String host, String key, String params) {
        return api.ok(host, key, "SearchDisplay", "run", params);
    }

    private int individuals(String host, String key) {
        return api.ok(host, key, "Contact", "get", "{\"select\":[\"row_count\"],\"where\":" + INDIVIDUALS + "}").getInt("count");
    }

    @Test
    void aDisplayRunsItsSearchAPageAtATimeUnderTheCallersVisibility() {
        String name = "kit_people_" + System.nanoTime();
        JsonObject search = api.ok(NORTH, NORTH_KEY, "SavedSearch", "create", "{\"values\":{\"name\":\"" + name + "\",\"label\":\"People\","
                + "\"description\":\"Individuals by name\",\"api_entity\":\"Contact\",\"expires_date\":\"2027-01-01 00:00:00\","
                + "\"api_params\":{\"version\":4,\"select\":[\"id\",\"display_name\",\"last_name\",\"contact_type:label\"],"
                + "\"where\":" + INDIVIDUALS + ",\"orderBy\":{\"sort_name\":\"ASC\"}}}}").getJsonArray("values").getJsonObject(0);
        long searchId = search.getJsonNumber("id").longValue();
        assertEquals("Individuals by name", search.getString("description"));
        assertTrue(search.getJsonNumber("created_id") != null, "who saved it is recorded");
        long display = api.firstId(NORTH, NORTH_KEY, "SearchDisplay", "create", "{\"values\":{\"name\":\"table\",\"label\":\"People table\","
                + "\"saved_search_id\":" + searchId + ",\"type:name\":\"table\",\"settings\":{\"limit\":2,\"columns\":[{\"key\":\"display_name\","
                + "\"label\":\"Name\",\"type\":\"field\"}],\"sort\":[[\"sort_name\",\"ASC\"]]}}}");
        try {
            String runParams = "\"savedSearch\":\"" + name + "\",\"display\":\"table\"";
            JsonArray first = run(NORTH, NORTH_KEY, "{" + runParams + ",\"return\":\"page:1\"}").getJsonArray("values");
            JsonArray second = run(NORTH, NORTH_KEY, "{" + runParams + ",\"return\":\"page:2\"}").getJsonArray("values");
            assertEquals(2, first.size(), "the display's page size");
            JsonObject row = first.getJsonObject(0);
            assertEquals(row.getJsonObject("data").get("id"), row.get("key"));
            assertEquals(row.getJsonObject("data").get("display_name"), row.getJsonArray("columns").getJsonObject(0).get("val"));
            assertNotEquals(first.getJsonObject(0).get("key"), second.getJsonObject(0).get("key"), "page 2 goes on where page 1 ended");

            assertEquals(individuals(NORTH, NORTH_KEY), run(NORTH, NORTH_KEY, "{" + runParams + ",\"return\":\"row_count\"}").getInt("count"));
            assertEquals(individuals(SOUTH, SOUTH_KEY), run(SOUTH, SOUTH_KEY, "{" + runParams + ",\"return\":\"row_count\"}").getInt("count"),
                    "South runs North's search and counts only the contacts South sees");

            JsonArray filtered = run(NORTH, NORTH_KEY, "{" + runParams + ",\"filters\":{\"last_name\":\"yber\"}}").getJsonArray("values");
            assertEquals(1, filtered.size());
            assertEquals("Ned Nyberg", filtered.getJsonObject(0).getJsonObject("data").getString("display_name"));
            JsonArray descending = run(NORTH, NORTH_KEY, "{" + runParams + ",\"sort\":[[\"sort_name\",\"DESC\"]],\"limit\":1}").getJsonArray("values");
            JsonArray all = run(NORTH, NORTH_KEY, "{" + runParams + ",\"limit\":500}").getJsonArray("values");
            assertEquals(all.getJsonObject(all.size() - 1).get("key"), descending.getJsonObject(0).get("key"));

            HttpResponse<String> southChanges = api.call(SOUTH, SOUTH_KEY, "SearchDisplay", "update", "{\"where\":[[\"id\",\"=\"," + display
                    + "]],\"values\":{\"label\":\"Mine now\"}}");
            assertEquals(403, refused(southChanges), "a display is changed by whoever may change its search");
            HttpResponse<String> badPage = api.call(NORTH, NORTH_KEY, "SearchDisplay", "run", "{" + runParams + ",\"return\":\"page:0\"}");
            assertEquals(400, refused(badPage));
            assertTrue(message(badPage).startsWith("return:"), message(badPage));
            HttpResponse<String> noSearch = api.call(NORTH, NORTH_KEY, "SearchDisplay", "run", "{\"savedSearch\":\"no_such_search\"}");
            assertEquals("savedSearch: no saved search is named 'no_such_search'", message(noSearch));
        } finally {
            api.ok(NORTH, NORTH_KEY, "SavedSearch", "delete", "{\"where\":[[\"id\",\"=\"," + searchId + "]]}");
        }
        assertEquals(0, api.ok(NORTH, NORTH_KEY, "SearchDisplay", "get", "{\"where\":[[\"id\",\"=\"," + display + "]]}").getInt("count"),
                "a display goes with its search");
    }

    @Test
    void aGroupedSearchOfAnotherEntityRunsAndCannotDriveAGroup() {
        String name = "kit_givers_" + System.nanoTime();
        long searchId = api.firstId(NORTH, NORTH_KEY, "SavedSearch", "create", "{\"values\":{\"name\":\"" + name + "\",\"label\":\"Givers\","
                + "\"api_entity\":\"Relationship\",\"api_params\":{\"select\":[\"contact_id_b\",\"COUNT(id) AS n\"],\"groupBy\":[\"contact_id_b\"],"
                + "\"having\":[[\"n\",\">=\",1]]}}}");
        try {
            JsonObject counted = run(NORTH, NORTH_KEY, "{\"savedSearch\":\"" + name + "\",\"return\":\"row_count\"}");
            JsonObject direct = api.ok(NORTH, NORTH_KEY, "Relationship", "get", "{\"select\":[\"contact_id_b\",\"COUNT(id) AS n\"],"
                    + "\"groupBy\":[\"contact_id_b\"],\"having\":[[\"n\",\">=\",1]],\"limit\":0}");
            assertEquals(direct.getInt("count"), counted.getInt("count"));

            HttpResponse<String> asGroup = api.call(NORTH, NORTH_KEY, "Group", "create", "{\"values\":{\"name\":\"" + name + "\",\"title\":\"Givers\","
                    + "\"saved_search_id\":" + searchId + "}}");
            assertEquals(400, refused(asGroup));
            assertTrue(message(asGroup).startsWith("saved_search_id: saved search " + searchId + " cannot drive a group: api_entity:"),
                    message(asGroup));
            HttpResponse<String> badField = api.call(NORTH, NORTH_KEY, "SavedSearch", "create", "{\"values\":{\"name\":\"" + name + "_bad\","
                    + "\"api_params\":{\"where\":[[\"nope\",\"=\",1]]}}}");
            assertEquals(400, refused(badField));
            assertEquals("api_params: where: 'nope' is not a field of Contact", message(badField));
        } finally {
            api.ok(NORTH, NORTH_KEY, "SavedSearch", "delete", "{\"where\":[[\"id\",\"=\"," + searchId + "]]}");
        }
    }
}
