package org.multisitecrm.api4;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * APIv4's pseudoconstant suffixes as CiviCRM documents them: a field backed by options is read,
 * filtered, sorted and written by its options' {@code :name} or {@code :label}; {@code getFields} with
 * {@code loadOptions} lists them. Options that are another domain's rows are never offered.
 */
class PseudoconstantIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    @Test
    void optionValuesAreListedByTheirGroupsName() {
        JsonObject statuses = api.ok(NORTH, NORTH_KEY, "OptionValue", "get",
                "{\"select\":[\"value\",\"name\",\"label\",\"option_group_id:name\"],"
                        + "\"where\":[[\"option_group_id:name\",\"=\",\"contribution_status\"]],\"orderBy\":{\"weight\":\"ASC\"}}");
        JsonObject first = statuses.getJsonArray("values").getJsonObject(0);
        assertEquals("1", first.getString("value"));
        assertEquals("Completed", first.getString("name"));
        assertEquals("contribution_status", first.getString("option_group_id:name"));
        assertEquals(10, statuses.getInt("count"));
    }

    @Test
    void aContributionIsWrittenReadFilteredAndSortedByItsOptionsNames() {
        long ned = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Nyberg\"]]}");
        JsonObject created = api.ok(NORTH, NORTH_KEY, "Contribution", "create", "{\"values\":{\"contact_id\":" + ned
                + ",\"financial_type_id:name\":\"Donation\",\"total_amount\":3.5,\"contribution_status_id:name\":\"Pending\","
                + "\"source\":\"suffix test\"}}").getJsonArray("values").getJsonObject(0);
        long pending = created.getJsonNumber("id").longValue();
        assertEquals(2, created.getInt("contribution_status_id"), "Pending is stored as its value");
        long completed = api.firstId(NORTH, NORTH_KEY, "Contribution", "create", "{\"values\":{\"contact_id\":" + ned
                + ",\"financial_type_id\":1,\"total_amount\":4,\"contribution_status_id:label\":\"completed\",\"source\":\"suffix test\"}}");
        try {
            JsonArray rows = api.ok(NORTH, NORTH_KEY, "Contribution", "get", "{\"select\":[\"id\",\"contribution_status_id:name\","
                    + "\"contribution_status_id:label\",\"contribution_status_id:color\",\"financial_type_id:label\"],"
                    + "\"where\":[[\"source\",\"=\",\"suffix test\"]],\"orderBy\":{\"contribution_status_id:label\":\"DESC\"}}")
                    .getJsonArray("values");
            assertEquals(List.of(pending, completed), rows.stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList(),
                    "sorted by label: Pending after Completed, so first when descending");
            assertEquals("Pending", rows.getJsonObject(0).getString("contribution_status_id:name"));
            assertEquals("Completed", rows.getJsonObject(1).getString("contribution_status_id:label"));
            assertEquals("#1e8e3e", rows.getJsonObject(1).getString("contribution_status_id:color"));
            assertEquals("Donation", rows.getJsonObject(0).getString("financial_type_id:label"));

            assertEquals(Set.of(String.valueOf(pending)), ids("[[\"source\",\"=\",\"suffix test\"],[\"contribution_status_id:name\",\"=\",\"Pending\"]]"));
            assertEquals(Set.of(String.valueOf(pending), String.valueOf(completed)),
                    ids("[[\"source\",\"=\",\"suffix test\"],[\"contribution_status_id:name\",\"IN\",[\"Pending\",\"Completed\"]]]"));
            assertEquals(Set.of(String.valueOf(completed)),
                    ids("[[\"source\",\"=\",\"suffix test\"],[\"contribution_status_id:label\",\"LIKE\",\"Comp%\"]]"));
            assertEquals(Set.of(String.valueOf(completed)),
                    ids("[[\"source\",\"=\",\"suffix test\"],[\"contribution_status_id:name\",\"!=\",\"Pending\"]]"));
            assertEquals(Set.of(), ids("[[\"source\",\"=\",\"suffix test\"],[\"contribution_status_id:name\",\"=\",\"No such status\"]]"));

            api.ok(NORTH, NORTH_KEY, "Contribution", "update", "{\"where\":[[\"id\",\"=\"," + pending + "]],"
                    + "\"values\":{\"contribution_status_id:name\":\"Cancelled\"}}");
            assertEquals(Set.of(String.valueOf(pending)),
                    ids("[[\"source\",\"=\",\"suffix test\"],[\"contribution_status_id:name\",\"=\",\"Cancelled\"]]"));
        } finally {
            api.ok(NORTH, NORTH_KEY, "Contribution", "delete", "{\"where\":[[\"id\",\"IN\",[" + pending + "," + completed + "]]]}");
        }
    }

    private Set<String> ids(String where) {
        return Api4Client.column(api.ok(NORTH, NORTH_KEY, "Contribution", "get", "{\"select\":[\"id\"],\"where\":" + where + "}"), "id");
    }

    @Test
    void aWrongSuffixOrOptionIsA400NamingTheField() {
        HttpResponse<String> unknownOption = api.call(NORTH, NORTH_KEY, "Email", "create",
                "{\"values\":{\"contact_id\":1,\"email\":\"x@example.org\",\"location_type_id:name\":\"Moon\"}}");
        assertEquals(400, refused(unknownOption));
        assertTrue(message(unknownOption).startsWith("location_type_id: 'Moon' is not one of its options [Home, Work"), message(unknownOption));

        HttpResponse<String> noOptions = api.call(NORTH, NORTH_KEY, "Contact", "get", "{\"select\":[\"first_name:label\"]}");
        assertEquals(400, refused(noOptions));
        assertEquals("select: 'first_name' has no options, so no ':label'", message(noOptions));

        HttpResponse<String> badSuffix = api.call(NORTH, NORTH_KEY, "Contribution", "get", "{\"select\":[\"contribution_status_id:colour\"]}");
        assertEquals(400, refused(badSuffix));
        assertTrue(message(badSuffix).contains("the suffixes of contribution_status_id are [name, label"), message(badSuffix));
    }

    @Test
    void getFieldsListsOptionsAsAskedAndRequiredFieldsForCreate() {
        JsonObject flag = field("Contribution", "{}", "contribution_status_id");
        assertEquals(JsonValue.TRUE, flag.get("options"), "without loadOptions, options says whether there are some");
        assertEquals(JsonValue.FALSE, field("Contribution", "{}", "total_amount").get("options"));
        assertEquals("Select", flag.getString("input_type"));
        assertTrue(flag.getJsonArray("suffixes").toString().contains("\"label\""), flag.toString());
        assertFalse(flag.getBoolean("required"), "nothing is required to get");

        JsonObject byValue = field("Contribution", "{\"loadOptions\":true}", "contribution_status_id").getJsonObject("options");
        assertEquals("Completed", byValue.getString("1"));
        assertEquals("Pending", byValue.getString("2"));

        JsonArray rows = field("Contribution", "{\"loadOptions\":[\"id\",\"name\",\"label\",\"color\"]}", "contribution_status_id")
                .getJsonArray("options");
        JsonObject completed = rows.getJsonObject(0);
        assertEquals("1", completed.getString("id"));
        assertEquals("Completed", completed.getString("name"));
        assertEquals("#1e8e3e", completed.getString("color"));

        assertTrue(field("Contribution", "{\"action\":\"create\"}", "total_amount").getBoolean("required"));
        assertEquals("Money", field("Contribution", "{\"action\":\"create\"}", "total_amount").getString("data_type"));
        assertEquals("EntityRef", field("Contribution", "{}", "contact_id").getString("input_type"));
        assertEquals(3, field("SavedSearch", "{}", "api_params").getInt("serialize"), "CiviCRM's SERIALIZE_JSON");
        assertEquals(400, refused(api.call(NORTH, NORTH_KEY, "Contribution", "getFields", "{\"action\":\"fly\"}")));
        assertEquals(400, refused(api.call(NORTH, NORTH_KEY, "Contribution", "getFields", "{\"loadOptions\":[\"smell\"]}")));
    }

    @Test
    void anotherDomainsRowsAreNeverOffered() {
        JsonObject types = field("Membership", "{\"loadOptions\":[\"id\",\"name\",\"label\"]}", "membership_type_id");
        Set<String> names = types.getJsonArray("options").stream().map(o -> o.asJsonObject().getString("name"))
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(names.contains("North Member"), names.toString());
        assertFalse(names.contains("South Member"), "South's types are not North's options");

        HttpResponse<String> southType = api.call(NORTH, NORTH_KEY, "Membership", "get",
                "{\"where\":[[\"membership_type_id:name\",\"=\",\"South Member\"]],\"select\":[\"row_count\"]}");
        assertEquals(0, Api4Client.ok(southType).getInt("count"), "a condition on another domain's option matches nothing");
    }

    private JsonObject field(String entity, String params, String name) {
        return api.ok(NORTH, NORTH_KEY, entity, "getFields", params).getJsonArray("values").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
