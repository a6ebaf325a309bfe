package org.multisitecrm.api4;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * The everyday entities' lifecycles as CiviCRM's APIv4 documentation shows them (create, get, update,
 * delete of emails, phones, notes, tags, taggings and relationships), groups with CiviCRM's
 * {@code parents}, {@code children} and {@code group_type}, {@code System.get}/{@code check}, and the
 * discovery of every entity through {@code Entity.get} and the OpenAPI document.
 */
class EverydayApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private JsonObject one(String host, String key, String entity, long id) {
        return api.ok(host, key, entity, "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}").getJsonArray("values").getJsonObject(0);
    }

    private int count(String host, String key, String entity, long id) {
        return api.ok(host, key, entity, "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}").getInt("count");
    }

    private void lifecycle(String entity, String create, String update, String changedField, String changedValue) {
        long id = api.firstId(NORTH, NORTH_KEY, entity, "create", "{\"values\":" + create + "}");
        assertEquals(1, count(NORTH, NORTH_KEY, entity, id), entity + " created and read back");
        if (update != null) {
            api.ok(NORTH, NORTH_KEY, entity, "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":" + update + "}");
        }
        assertEquals(changedValue, one(NORTH, NORTH_KEY, entity, id).get(changedField).toString().replace("\"", ""),
                entity + (update == null ? " as created" : " updated"));
        api.ok(NORTH, NORTH_KEY, entity, "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}");
        assertEquals(0, count(NORTH, NORTH_KEY, entity, id), entity + " deleted");
    }

    @Test
    void emailsPhonesNotesTaggingsAndRelationshipsLiveThroughTheirLifecycles() {
        long ned = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Nyberg\"]]}");
        long org = api.firstId(NORTH, NORTH_KEY, "Contact", "create", "{\"values\":{\"contact_type\":\"Organization\",\"organization_name\":\"Lifecycle Ltd\"}}");
        try {
            lifecycle("Email", "{\"contact_id\":" + ned + ",\"email\":\"ned.work@example.org\",\"location_type_id:name\":\"Work\"}",
                    "{\"email\":\"ned.office@example.org\"}", "email", "ned.office@example.org");
            lifecycle("Phone", "{\"contact_id\":" + ned + ",\"phone\":\"0101 4242\",\"location_type_id:name\":\"Home\"}",
                    "{\"phone\":\"0101 4343\"}", "phone", "0101 4343");
            lifecycle("Note", "{\"entity_id\":" + ned + ",\"subject\":\"Lifecycle\",\"note\":\"First\"}", "{\"note\":\"Second\"}", "note", "Second");
            lifecycle("EntityTag", "{\"entity_id\":" + ned + ",\"tag_id:name\":\"Major Donor\"}", null,
                    "tag_id", String.valueOf(api.firstId(NORTH, NORTH_KEY, "Tag", "get", "{\"where\":[[\"name\",\"=\",\"Major Donor\"]]}")));
            lifecycle("Relationship", "{\"contact_id_a\":" + ned + ",\"contact_id_b\":" + org + ",\"relationship_type_id\":"
                    + api.firstId(NORTH, NORTH_KEY, "RelationshipType", "get", "{\"where\":[[\"name_a_b\",\"=\",\"Employee of\"]]}")
                    + ",\"description\":\"Lifecycle\"}", "{\"description\":\"Changed\"}", "description", "Changed");

            long tag = api.firstId(HEAD, ADMIN_KEY, "Tag", "create", "{\"values\":{\"name\":\"Lifecycle\",\"label\":\"Lifecycle\",\"used_for\":\"civicrm_contact\"}}");
            api.ok(HEAD, ADMIN_KEY, "Tag", "update", "{\"where\":[[\"id\",\"=\"," + tag + "]],\"values\":{\"label\":\"Life cycle\"}}");
            assertEquals("Life cycle", one(NORTH, NORTH_KEY, "Tag", tag).getString("label"), "head office's tags are every domain's");
            assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "Tag", "update", "{\"where\":[[\"id\",\"=\"," + tag + "]],\"values\":{\"label\":\"x\"}}")));
            api.ok(HEAD, ADMIN_KEY, "Tag", "delete", "{\"where\":[[\"id\",\"=\"," + tag + "]]}");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + org + "]]}");
        }
    }

    @Test
    void groupsTakeParentsChildrenAndTypesAsCiviCrmClientsSendThem() {
        String suffix = Long.toString(System.nanoTime());
        long parent = api.firstId(NORTH, NORTH_KEY, "Group", "create", "{\"values\":{\"name\":\"parent_" + suffix + "\",\"title\":\"Parent\"}}");
        long child = api.firstId(NORTH, NORTH_KEY, "Group", "create", "{\"values\":{\"name\":\"child_" + suffix + "\",\"title\":\"Child\","
                + "\"frontend_title\":\"Our newsletter\",\"group_type:name\":[\"Mailing List\"],\"parents\":[" + parent + "]}}");
        try {
            JsonObject read = api.ok(NORTH, NORTH_KEY, "Group", "get", "{\"select\":[\"parents\",\"group_type:label\",\"frontend_title\"],"
                    + "\"where\":[[\"id\",\"=\"," + child + "]]}").getJsonArray("values").getJsonObject(0);
            assertEquals("[" + parent + "]", read.getJsonArray("parents").toString());
            assertEquals("[\"Mailing List\"]", read.getJsonArray("group_type:label").toString());
            assertEquals("Our newsletter", read.getString("frontend_title"));
            assertEquals("[" + child + "]", one(NORTH, NORTH_KEY, "Group", parent).getJsonArray("children").toString(),
                    "children are kept in step with the nesting");
            assertEquals(Set.of(String.valueOf(child)), Api4Client.column(api.ok(NORTH, NORTH_KEY, "Group", "get",
                    "{\"select\":[\"id\"],\"where\":[[\"parents\",\"CONTAINS\"," + parent + "]]}"), "id"));

            api.ok(NORTH, NORTH_KEY, "Group", "update", "{\"where\":[[\"id\",\"=\"," + child + "]],\"values\":{\"parents\":[]}}");
            assertEquals("[]", one(NORTH, NORTH_KEY, "Group", parent).getJsonArray("children").toString());
            api.ok(NORTH, NORTH_KEY, "Group", "update", "{\"where\":[[\"id\",\"=\"," + parent + "]],\"values\":{\"children\":[" + child + "]}}");
            assertEquals("[" + parent + "]", one(NORTH, NORTH_KEY, "Group", child).getJsonArray("parents").toString());
            HttpResponse<String> cycle = api.call(NORTH, NORTH_KEY, "Group", "update", "{\"where\":[[\"id\",\"=\"," + parent + "]],"
                    + "\"values\":{\"parents\":[" + child + "]}}");
            assertEquals(400, refused(cycle), message(cycle));
            HttpResponse<String> badType = api.call(NORTH, NORTH_KEY, "Group", "update", "{\"where\":[[\"id\",\"=\"," + child + "]],"
                    + "\"values\":{\"group_type:name\":[\"Carrier Pigeons\"]}}");
            assertEquals(400, refused(badType));
            assertTrue(message(badType).startsWith("group_type: 'Carrier Pigeons' is not one of its options"), message(badType));
        } finally {
            api.ok(NORTH, NORTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"IN\",[" + child + "," + parent + "]]]}");
        }
    }

    @Test
    void systemSaysWhatRunsAndWhatNeedsAttentionInTheDomain() {
        JsonObject system = api.ok(NORTH, NORTH_KEY, "System", "get", "{}").getJsonArray("values").getJsonObject(0);
        assertTrue(system.getJsonObject("mysql").getString("product").contains("MariaDB"), system.toString());
        assertTrue(Integer.parseInt(system.getString("schema_version")) >= 19, system.toString());
        assertEquals(403, refused(api.call(NORTH, "clerk-demo-key", "System", "check", "{}")), "status needs 'administer CiviCRM'");

        long page = api.firstId(NORTH, NORTH_KEY, "ContributionPage", "create", "{\"values\":{\"name\":\"check_page\",\"title\":\"Check page\","
                + "\"financial_type_id\":1}}");
        List<Long> processors = api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "get", "{\"select\":[\"id\"],\"where\":[[\"is_active\",\"=\",true]]}")
                .getJsonArray("values").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        try {
            assertFalse(names(NORTH, NORTH_KEY).contains("checkPaymentProcessors"), "North has an active processor");
            api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "update", "{\"where\":[[\"id\",\"IN\"," + processors + "]],\"values\":{\"is_active\":false}}");
            JsonArray checks = api.ok(NORTH, NORTH_KEY, "System", "check", "{}").getJsonArray("values");
            JsonObject warning = checks.stream().map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals("checkPaymentProcessors"))
                    .findFirst().orElseThrow(() -> new AssertionError(checks.toString()));
            assertEquals("warning", warning.getString("severity"));
            assertEquals(3, warning.getInt("severity_id"));
            assertTrue(warning.getString("message").contains("Check page"), warning.toString());
            assertTrue(warning.getBoolean("is_visible"));
            assertFalse(names(SOUTH, SOUTH_KEY).contains("checkPaymentProcessors"), "North's pages and processors are not South's");

            long hush = api.firstId(NORTH, NORTH_KEY, "StatusPreference", "create", "{\"values\":{\"name\":\"checkPaymentProcessors\","
                    + "\"ignore_severity:name\":\"warning\",\"hush_until\":\"2099-01-01\"}}");
            JsonObject hushed = api.ok(NORTH, NORTH_KEY, "System", "check", "{}").getJsonArray("values").stream().map(v -> v.asJsonObject())
                    .filter(c -> c.getString("name").equals("checkPaymentProcessors")).findFirst().orElseThrow();
            assertFalse(hushed.getBoolean("is_visible"), "hushed by North's administrator");
            assertEquals("2099-01-01", hushed.getString("hidden_until"));
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "StatusPreference", "get", "{\"where\":[[\"id\",\"=\"," + hush + "]]}").getInt("count"),
                    "North's preferences are North's");
            api.ok(NORTH, NORTH_KEY, "StatusPreference", "update", "{\"where\":[[\"id\",\"=\"," + hush + "]],"
                    + "\"values\":{\"ignore_severity:name\":\"notice\"}}");
            assertTrue(api.ok(NORTH, NORTH_KEY, "System", "check", "{}").getJsonArray("values").stream().map(v -> v.asJsonObject())
                    .filter(c -> c.getString("name").equals("checkPaymentProcessors")).findFirst().orElseThrow().getBoolean("is_visible"),
                    "a warning is seen again once only notices are ignored");
            api.ok(NORTH, NORTH_KEY, "StatusPreference", "delete", "{\"where\":[[\"id\",\"=\"," + hush + "]]}");
        } finally {
            api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "update", "{\"where\":[[\"id\",\"IN\"," + processors + "]],\"values\":{\"is_active\":true}}");
            api.ok(NORTH, NORTH_KEY, "ContributionPage", "delete", "{\"where\":[[\"id\",\"=\"," + page + "]]}");
        }
    }

    private Set<String> names(String host, String key) {
        return Api4Client.column(api.ok(host, key, "System", "check", "{}"), "name");
    }

    @Test
    void everyEntityIsDiscoverable() {
        Set<String> listed = Api4Client.column(api.ok(NORTH, NORTH_KEY, "Entity", "get", "{\"select\":[\"name\"]}"), "name");
        Set<String> added = Set.of("Activity", "ActivityContact", "Campaign", "Event", "Participant", "ParticipantStatusType", "ContactType",
                "SearchDisplay", "System");
        assertTrue(listed.containsAll(added), listed.toString());
        String document = server.send(HEAD, "GET", "/openapi", null, null, null).body();
        for (String entity : added) {
            assertTrue(document.contains("/civicrm/ajax/api4/" + entity + "/get"), entity + " is in the OpenAPI document");
        }
        assertTrue(document.contains("/civicrm/ajax/api4/SearchDisplay/run"));
        assertTrue(document.contains("/civicrm/ajax/api4/System/check"));
    }
}
