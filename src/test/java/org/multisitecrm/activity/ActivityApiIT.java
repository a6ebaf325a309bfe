package org.multisitecrm.activity;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Activities over APIv4 as CiviCRM documents them (created with their source, targets and assignees,
 * read with ActivityContact, updated, deleted), and the multisite rule: an activity is seen by whoever
 * sees one of its contacts, names only the contacts the caller sees, and is changed only by whoever
 * may edit all of them.
 */
class ActivityApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long contact(String host, String key, String lastName) {
        return api.firstId(host, key, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"" + lastName + "\"]]}");
    }

    private Set<String> linkedContacts(String host, String key, long activity) {
        return Api4Client.column(api.ok(host, key, "ActivityContact", "get", "{\"select\":[\"contact_id\"],\"where\":[[\"activity_id\",\"=\","
                + activity + "]]}"), "contact_id");
    }

    @Test
    void anActivityLivesThroughItsLifecycleWithItsContacts() {
        long ned = contact(NORTH, NORTH_KEY, "Nyberg");
        long shona = contact(NORTH, NORTH_KEY, "Sharp");
        JsonObject created = api.ok(NORTH, NORTH_KEY, "Activity", "create", "{\"values\":{\"activity_type_id:name\":\"Meeting\","
                + "\"subject\":\"Plan the spring fair\",\"activity_date_time\":\"2026-03-01 10:00:00\",\"duration\":90,\"location\":\"Hall\","
                + "\"target_contact_id\":[" + ned + "],\"assignee_contact_id\":" + shona + ",\"priority_id:name\":\"Urgent\"}}")
                .getJsonArray("values").getJsonObject(0);
        long id = created.getJsonNumber("id").longValue();
        try {
            assertEquals(1, created.getInt("activity_type_id"));
            assertEquals(1, created.getInt("status_id"), "Scheduled unless said");
            assertEquals("2026-03-01 10:00:00", created.getString("activity_date_time"));
            long nina = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"first_name\",\"=\",\"Nina\"],[\"last_name\",\"=\",\"Manager\"]]}");
            JsonObject roles = api.ok(NORTH, NORTH_KEY, "ActivityContact", "get", "{\"select\":[\"contact_id\",\"record_type_id:name\"],"
                    + "\"where\":[[\"activity_id\",\"=\"," + id + "]],\"orderBy\":{\"record_type_id\":\"ASC\"}}");
            assertEquals("[{\"contact_id\":" + shona + ",\"record_type_id:name\":\"Activity Assignees\"},{\"contact_id\":" + nina
                    + ",\"record_type_id:name\":\"Activity Source\"},{\"contact_id\":" + ned + ",\"record_type_id:name\":\"Activity Targets\"}]",
                    roles.getJsonArray("values").toString(), "the source is the writer's contact unless given");

            JsonObject joined = api.ok(NORTH, NORTH_KEY, "Activity", "get", "{\"select\":[\"subject\",\"ac.contact_id.display_name\"],"
                    + "\"join\":[[\"ActivityContact AS ac\",\"INNER\",[\"ac.activity_id\",\"=\",\"id\"],[\"ac.record_type_id\",\"=\",3]]],"
                    + "\"where\":[[\"id\",\"=\"," + id + "]]}").getJsonArray("values").getJsonObject(0);
            assertEquals("Ned Nyberg", joined.getString("ac.contact_id.display_name"));

            api.ok(NORTH, NORTH_KEY, "Activity", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"status_id:name\":\"Completed\","
                    + "\"details\":\"Agreed the date\",\"target_contact_id\":[" + shona + "]}}");
            JsonObject updated = api.ok(NORTH, NORTH_KEY, "Activity", "get", "{\"select\":[\"status_id:label\",\"details\",\"subject\"],"
                    + "\"where\":[[\"id\",\"=\"," + id + "]]}").getJsonArray("values").getJsonObject(0);
            assertEquals("Completed", updated.getString("status_id:label"));
            assertEquals("Plan the spring fair", updated.getString("subject"), "an update keeps what it does not send");
            assertEquals(Set.of(String.valueOf(shona), String.valueOf(nina)), linkedContacts(NORTH, NORTH_KEY, id),
                    "the targets sent replace the targets; the source and assignee stay");

            HttpResponse<String> noType = api.call(NORTH, NORTH_KEY, "Activity", "create", "{\"values\":{\"subject\":\"x\",\"activity_type_id\":999}}");
            assertEquals(400, refused(noType));
            assertTrue(message(noType).startsWith("activity_type_id: '999' is not one of the activity_type options"), message(noType));
        } finally {
            api.ok(NORTH, NORTH_KEY, "Activity", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}");
        }
        assertEquals(0, api.ok(NORTH, NORTH_KEY, "ActivityContact", "get", "{\"where\":[[\"activity_id\",\"=\"," + id + "]]}").getInt("count"),
                "its contacts go with it");
    }

    @Test
    void anActivityIsSeenThroughAnyOfItsContactsAndNamesOnlyThoseSeen() {
        long ned = contact(NORTH, NORTH_KEY, "Nyberg");
        long shona = contact(NORTH, NORTH_KEY, "Sharp");
        long shared = api.firstId(NORTH, NORTH_KEY, "Activity", "create", "{\"values\":{\"activity_type_id:name\":\"Phone Call\","
                + "\"subject\":\"Called Ned and Shona\",\"target_contact_id\":[" + ned + "," + shona + "]}}");
        long northOnly = api.firstId(NORTH, NORTH_KEY, "Activity", "create", "{\"values\":{\"activity_type_id:name\":\"Phone Call\","
                + "\"subject\":\"Called Ned\",\"target_contact_id\":" + ned + "}}");
        try {
            assertEquals(Set.of("Called Ned and Shona"), Api4Client.column(api.ok(SOUTH, SOUTH_KEY, "Activity", "get",
                    "{\"where\":[[\"subject\",\"LIKE\",\"Called Ned%\"]]}"), "subject"), "South sees Shona, so that call; not the other");
            assertEquals(Set.of(String.valueOf(shona)), linkedContacts(SOUTH, SOUTH_KEY, shared),
                    "South is never told who else it concerns: not Ned, not North's writer");
            JsonObject joined = api.ok(SOUTH, SOUTH_KEY, "Activity", "get", "{\"select\":[\"id\",\"COUNT(ac.id) AS links\"],"
                    + "\"join\":[[\"ActivityContact AS ac\",\"LEFT\",[\"ac.activity_id\",\"=\",\"id\"]]],\"groupBy\":[\"id\"],"
                    + "\"where\":[[\"id\",\"=\"," + shared + "]]}").getJsonArray("values").getJsonObject(0);
            assertEquals(1, joined.getInt("links"), "nor by counting through a join");

            HttpResponse<String> change = api.call(SOUTH, SOUTH_KEY, "Activity", "update", "{\"where\":[[\"id\",\"=\"," + shared + "]],"
                    + "\"values\":{\"subject\":\"Hijacked\"}}");
            assertEquals(403, refused(change), "seeing one of its contacts is not enough to change what North sees");
            assertEquals("changing it needs edit access to every contact it concerns", message(change).replaceFirst("^.*: ", ""));
            assertEquals(403, refused(api.call(SOUTH, SOUTH_KEY, "Activity", "delete", "{\"where\":[[\"id\",\"=\"," + shared + "]]}")));
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Activity", "update", "{\"where\":[[\"id\",\"=\"," + northOnly + "]],"
                    + "\"values\":{\"subject\":\"Hijacked\"}}").getInt("count"), "an activity South cannot see is not there to change");

            HttpResponse<String> aboutNed = api.call(SOUTH, SOUTH_KEY, "Activity", "create", "{\"values\":{\"activity_type_id\":2,"
                    + "\"subject\":\"x\",\"target_contact_id\":[" + ned + "]}}");
            assertEquals(400, refused(aboutNed));
            assertEquals("target_contact_id: no Contact has id " + ned, message(aboutNed), "answered as a contact that does not exist");
            assertEquals(Set.of("Called Ned and Shona"), Api4Client.column(api.ok(NORTH, NORTH_KEY, "Activity", "get",
                    "{\"where\":[[\"id\",\"=\"," + shared + "]]}"), "subject"), "every refused change left it as it was");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Activity", "delete", "{\"where\":[[\"id\",\"IN\",[" + shared + "," + northOnly + "]]]}");
        }
    }
}
