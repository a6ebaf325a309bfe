package org.multisitecrm.api4;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.multisitecrm.testing.Api4Client.FORM;
import static org.multisitecrm.testing.Api4Client.column;
import static org.multisitecrm.testing.Api4Client.encode;
import static org.multisitecrm.testing.Api4Client.json;
import static org.multisitecrm.testing.Api4Client.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * APIv4 over real HTTP against the demo server, sent the way CiviCRM's clients send it (see
 * {@link Api4Client}): reads, the writes of contacts and what hangs off them, errors and settings.
 */
class Api4IT {

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private HttpResponse<String> call(String host, String key, String entity, String action, String params) {
        return api.call(host, key, entity, action, params);
    }

    private HttpResponse<String> form(String host, String key, String entity, String action, String params) {
        return api.form(host, key, entity, action, params);
    }

    private long contactId(String sortName) {
        JsonObject result = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"sort_name\",\"=\",\"" + sortName + "\"]]}"));
        return result.getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aBranchListsItsOwnContactsAndHeadOfficeSeesBoth() {
        String params = "{\"select\":[\"id\",\"display_name\",\"sort_name\"],\"where\":[[\"contact_type\",\"=\",\"Individual\"]],"
                + "\"orderBy\":{\"sort_name\":\"ASC\"}}";
        JsonObject north = ok(call("north.localhost", "north-demo-key", "Contact", "get", params));
        assertEquals("Contact", north.getString("entity"));
        assertEquals("get", north.getString("action"));
        assertEquals(4, north.getInt("version"));
        assertEquals(north.getJsonArray("values").size(), north.getInt("count"));
        assertEquals(north.getInt("count"), north.getInt("countFetched"));
        Set<String> northNames = column(north, "sort_name");
        assertTrue(northNames.containsAll(Set.of("Northcott, Nora", "Nyberg, Ned", "Sharp, Shona")), northNames.toString());
        assertFalse(northNames.contains("Southey, Sara") || northNames.contains("Sandoval, Sam") || northNames.contains("Hale, Harriet"),
                northNames.toString());
        List<String> ordered = north.getJsonArray("values").stream().map(v -> v.asJsonObject().getString("sort_name")).toList();
        assertEquals(ordered.stream().sorted().toList(), ordered);

        Set<String> headOffice = column(ok(form("localhost", "admin-demo-key", "Contact", "get", params)), "sort_name");
        assertTrue(headOffice.containsAll(Set.of("Northcott, Nora", "Southey, Sara", "Sandoval, Sam", "Hale, Harriet")), headOffice.toString());
    }

    @Test
    void credentialsAndMethodsAreCheckedInJson() {
        HttpResponse<String> wrongKey = call("north.localhost", "not-a-key", "Contact", "get", "{}");
        assertEquals(401, wrongKey.statusCode());
        assertEquals("unauthorized", json(wrongKey.body()).getString("error_code"));
        HttpResponse<String> otherSite = call("south.localhost", "north-demo-key", "Contact", "get", "{}");
        assertEquals(403, otherSite.statusCode());
        assertEquals("forbidden", json(otherSite.body()).getString("error_code"));
        HttpResponse<String> getCreate = server.send("north.localhost", "GET",
                "/civicrm/ajax/api4/Contact/create?params=" + encode("{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"X\"}}"),
                "north-demo-key");
        assertEquals(405, getCreate.statusCode());
        assertEquals(405, json(getCreate.body()).getInt("status"));
        HttpResponse<String> getGet = server.send("north.localhost", "GET",
                "/civicrm/ajax/api4/Contact/get?params=" + encode("{\"select\":[\"row_count\"]}"), "north-demo-key");
        assertEquals(200, getGet.statusCode(), getGet.body());
        HttpResponse<String> unknown = call("north.localhost", "north-demo-key", "Nothing", "get", "{}");
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", json(unknown.body()).getString("error_code"));
        assertEquals(404, call("north.localhost", "north-demo-key", "LocationType", "create", "{}").statusCode());
    }

    @Test
    void selectWithImplicitJoinRowCountLimitOffsetAndIndex() {
        JsonObject emails = ok(call("north.localhost", "north-demo-key", "Email", "get",
                "{\"select\":[\"email\",\"contact_id.display_name\",\"contact_id.contact_type\"],"
                        + "\"where\":[[\"contact_id.display_name\",\"LIKE\",\"Nora%\"]]}"));
        assertEquals(1, emails.getInt("count"), emails.toString());
        JsonObject nora = emails.getJsonArray("values").getJsonObject(0);
        assertEquals("nora@example.org", nora.getString("email"));
        assertEquals("Nora Northcott", nora.getString("contact_id.display_name"));
        assertEquals("Individual", nora.getString("contact_id.contact_type"));

        JsonObject counted = ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"contact_type\",\"=\",\"Individual\"]]}"));
        assertEquals(0, counted.getJsonArray("values").size());
        assertTrue(counted.getInt("count") >= 3);
        assertEquals(counted.getInt("count"), counted.getInt("countMatched"));

        JsonObject all = ok(call("localhost", "admin-demo-key", "Contact", "get", "{\"select\":[\"id\"],\"orderBy\":{\"id\":\"ASC\"}}"));
        JsonObject page = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"id\",\"row_count\"],\"orderBy\":{\"id\":\"ASC\"},\"limit\":2,\"offset\":1}"));
        assertEquals(2, page.getInt("countFetched"));
        assertEquals(all.getInt("count"), page.getInt("count"), "with row_count, count is the number matched");
        assertEquals(all.getJsonArray("values").get(1), page.getJsonArray("values").get(0));

        JsonObject keyed = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"id\",\"sort_name\"],\"index\":\"sort_name\"}"));
        assertEquals("Southey, Sara", keyed.getJsonObject("values").getJsonObject("Southey, Sara").getString("sort_name"));
        JsonObject single = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"sort_name\"],\"where\":[[\"sort_name\",\"=\",\"Hale, Harriet\"]],\"index\":0}"));
        assertEquals("Hale, Harriet", single.getJsonObject("values").getString("sort_name"));
    }

    @Test
    void aReadByIdAnswersItsOneRowWithinThePage() {
        JsonObject nora = ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"sort_name\",\"=\",\"Northcott, Nora\"]]}")).getJsonArray("values").getJsonObject(0);
        long id = nora.getJsonNumber("id").longValue();
        String byId = "\"select\":[\"id\",\"sort_name\"],\"where\":[[\"id\",\"=\"," + id + "]";
        JsonObject plain = ok(call("north.localhost", "north-demo-key", "Contact", "get", "{" + byId + "]}"));
        assertEquals(1, plain.getInt("count"));
        assertEquals("Northcott, Nora", plain.getJsonArray("values").getJsonObject(0).getString("sort_name"));
        assertEquals(1, ok(call("north.localhost", "north-demo-key", "Contact", "get", "{" + byId + "],\"limit\":1}")).getInt("count"));
        assertEquals(0, ok(call("north.localhost", "north-demo-key", "Contact", "get", "{" + byId + "],\"offset\":1}")).getInt("count"),
                "the one row lies before offset 1");
        assertEquals(0, ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{" + byId + ",[\"contact_type\",\"=\",\"Household\"]]}")).getInt("count"), "every other condition still holds");
        assertEquals(1, ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"OR\",[[\"id\",\"=\"," + id + "],[\"id\",\"=\",-1]]]]}")).getInt("count"));
        JsonObject either = ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"OR\",[[\"id\",\"=\"," + id + "],[\"sort_name\",\"LIKE\",\"N%\"]]]],\"limit\":2}"));
        assertEquals(2, either.getInt("count"), "an id inside an OR does not bound the rows: " + either);
    }

    @Test
    void explicitJoinAndGroupBy() {
        JsonObject joined = ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"sort_name\",\"email.email\"],\"join\":[[\"Email AS email\",\"LEFT\",[\"email.contact_id\",\"=\",\"id\"]]],"
                        + "\"where\":[[\"email.email\",\"=\",\"nora@example.org\"]]}"));
        assertEquals(1, joined.getInt("count"), joined.toString());
        assertEquals("Northcott, Nora", joined.getJsonArray("values").getJsonObject(0).getString("sort_name"));
        assertEquals("nora@example.org", joined.getJsonArray("values").getJsonObject(0).getString("email.email"));

        JsonObject withoutEmail = ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"sort_name\"],\"join\":[[\"Email AS e\",\"EXCLUDE\",[\"e.contact_id\",\"=\",\"id\"]]],"
                        + "\"where\":[[\"contact_type\",\"=\",\"Individual\"]]}"));
        assertTrue(column(withoutEmail, "sort_name").contains("Nyberg, Ned"));
        assertFalse(column(withoutEmail, "sort_name").contains("Northcott, Nora"));

        JsonObject grouped = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"contact_type\",\"COUNT(id) AS total\"],\"groupBy\":[\"contact_type\"],\"orderBy\":{\"total\":\"DESC\"}}"));
        JsonObject individuals = grouped.getJsonArray("values").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("contact_type").equals("Individual")).findFirst().orElseThrow();
        assertTrue(individuals.getInt("total") >= 6, grouped.toString());
        assertEquals("Individual", grouped.getJsonArray("values").getJsonObject(0).getString("contact_type"), "ordered by the count");
    }

    @Test
    void whereOperatorsAndNestedConditions() {
        String host = "localhost";
        String key = "admin-demo-key";
        long nora = contactId("Northcott, Nora");
        long sara = contactId("Southey, Sara");
        assertEquals(Set.of("Northcott, Nora", "Southey, Sara"), column(ok(call(host, key, "Contact", "get",
                "{\"select\":[\"sort_name\"],\"where\":[[\"id\",\"IN\",[" + nora + "," + sara + "]]]}")), "sort_name"));
        assertEquals(Set.of("Northcott, Nora", "Southey, Sara"), column(ok(call(host, key, "Contact", "get",
                "{\"select\":[\"sort_name\"],\"where\":[[\"OR\",[[\"first_name\",\"=\",\"Nora\"],[\"last_name\",\"CONTAINS\",\"outhe\"]]]]}")),
                "sort_name"));
        Set<String> notNora = column(ok(call(host, key, "Contact", "get",
                "{\"select\":[\"sort_name\"],\"where\":[[\"NOT\",[[\"first_name\",\"=\",\"Nora\"]]],[\"contact_type\",\"=\",\"Individual\"]]}")),
                "sort_name");
        assertFalse(notNora.contains("Northcott, Nora"));
        assertTrue(notNora.contains("Southey, Sara"));
        JsonObject between = ok(call(host, key, "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"id\",\"BETWEEN\",[" + Math.min(nora, sara) + "," + Math.max(nora, sara) + "]]]}"));
        assertTrue(between.getInt("count") >= 2);
        JsonObject organisations = ok(call(host, key, "Contact", "get",
                "{\"select\":[\"display_name\"],\"where\":[[\"first_name\",\"IS NULL\"],[\"organization_name\",\"IS NOT EMPTY\"],"
                        + "[\"contact_type\",\"NOT IN\",[\"Individual\",\"Household\"]],[\"display_name\",\"NOT LIKE\",\"%zzz%\"]]}"));
        assertTrue(column(organisations, "display_name").contains("Branch North"), organisations.toString());
    }

    @Test
    void anotherDomainsRecordByIdIsAnsweredAsIfItDidNotExist() {
        long sara = contactId("Southey, Sara");
        for (long id : new long[] {sara, 99_999_999L}) {
            JsonObject got = ok(call("north.localhost", "north-demo-key", "Contact", "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}"));
            assertEquals(0, got.getInt("count"));
            JsonObject updated = ok(call("north.localhost", "north-demo-key", "Contact", "update",
                    "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"last_name\":\"Taken\"}}"));
            assertEquals(0, updated.getInt("count"));
            JsonObject deleted = ok(call("north.localhost", "north-demo-key", "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}"));
            assertEquals(0, deleted.getInt("count"));
        }
        assertEquals(Set.of("Southey, Sara"), column(ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"sort_name\"],\"where\":[[\"id\",\"=\"," + sara + "]]}")), "sort_name"));
    }

    @Test
    void createUpdateSaveDeleteAndTheTrash() {
        String host = "north.localhost";
        String key = "north-demo-key";
        JsonObject created = ok(call(host, key, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Api\",\"last_name\":\"Created\"}}"));
        JsonObject record = created.getJsonArray("values").getJsonObject(0);
        long id = record.getJsonNumber("id").longValue();
        assertEquals("Api Created", record.getString("display_name"));
        assertEquals("Created, Api", record.getString("sort_name"));
        assertFalse(record.getBoolean("is_deleted"));

        JsonObject updated = ok(call(host, key, "Contact", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"last_name\":\"Updated\"}}"));
        assertEquals("Api Updated", updated.getJsonArray("values").getJsonObject(0).getString("display_name"));

        JsonObject saved = ok(form(host, key, "Email", "save", "{\"records\":[{\"email\":\"api@example.org\"},"
                + "{\"email\":\"api2@example.org\",\"is_primary\":false}],\"defaults\":{\"contact_id\":" + id
                + ",\"location_type_id\":1,\"is_primary\":true}}"));
        assertEquals(2, saved.getInt("count"));
        HttpResponse<String> noSuchLocation = call(host, key, "Email", "create", "{\"values\":{\"contact_id\":" + id
                + ",\"location_type_id\":999,\"email\":\"x@example.org\"}}");
        assertEquals(400, noSuchLocation.statusCode(), noSuchLocation.body());
        assertTrue(json(noSuchLocation.body()).getString("error_message").startsWith("location_type_id: no LocationType"),
                noSuchLocation.body());
        JsonObject matched = ok(form(host, key, "Email", "save", "{\"records\":[{\"contact_id\":" + id
                + ",\"email\":\"api@example.org\",\"on_hold\":true}],\"match\":[\"contact_id\",\"email\"]}"));
        assertEquals(saved.getJsonArray("values").getJsonObject(0).getJsonNumber("id"),
                matched.getJsonArray("values").getJsonObject(0).getJsonNumber("id"), "match found the existing email");
        assertTrue(matched.getJsonArray("values").getJsonObject(0).getBoolean("on_hold"));

        JsonObject deleted = ok(call(host, key, "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}"));
        assertEquals(1, deleted.getInt("count"));
        assertEquals(0, ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"where\":[[\"id\",\"=\"," + id + "]]}")).getInt("count"), "trashed contacts are left out");
        JsonObject trashed = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"is_deleted\"],\"where\":[[\"id\",\"=\"," + id + "],[\"is_deleted\",\"=\",true]]}"));
        assertEquals(1, trashed.getInt("count"), "mentioning is_deleted finds it in the trash");

        HttpResponse<String> permanent = call(host, key, "Contact", "delete",
                "{\"where\":[[\"id\",\"=\"," + id + "],[\"is_deleted\",\"=\",true]],\"useTrash\":false}");
        assertTrue(permanent.statusCode() == 403 || ok(permanent).getInt("count") == 0, permanent.body());
        ok(call("localhost", "admin-demo-key", "Contact", "delete",
                "{\"where\":[[\"id\",\"=\"," + id + "],[\"is_deleted\",\"=\",true]],\"useTrash\":false}"));
        assertEquals(0, ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"where\":[[\"id\",\"=\"," + id + "],[\"is_deleted\",\"IN\",[true,false]]]}")).getInt("count"));
    }

    @Test
    void replaceKeepsTheGivenRecordsAndDeletesTheRestOfTheWhere() {
        String host = "north.localhost";
        String key = "north-demo-key";
        long id = ok(call(host, key, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Replace\",\"last_name\":\"Emails\"},"
                        + "\"chain\":{\"a\":[\"Email\",\"create\",{\"values\":{\"contact_id\":\"$id\",\"location_type_id\":1,\"email\":\"a@example.org\"}}],"
                        + "\"b\":[\"Email\",\"create\",{\"values\":{\"contact_id\":\"$id\",\"location_type_id\":2,\"email\":\"b@example.org\"}}]}}"))
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
        long kept = ok(call(host, key, "Email", "get", "{\"where\":[[\"email\",\"=\",\"a@example.org\"],[\"contact_id\",\"=\"," + id + "]]}"))
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject replaced = ok(call(host, key, "Email", "replace", "{\"where\":[[\"contact_id\",\"=\"," + id + "]],"
                + "\"defaults\":{\"contact_id\":" + id + ",\"location_type_id\":1},"
                + "\"records\":[{\"id\":" + kept + ",\"email\":\"a2@example.org\"},{\"email\":\"c@example.org\"}]}"));
        assertEquals("replace", replaced.getString("action"));
        assertEquals(2, replaced.getInt("count"));
        assertEquals(Set.of("a2@example.org", "c@example.org"), column(ok(call(host, key, "Email", "get",
                "{\"select\":[\"email\"],\"where\":[[\"contact_id\",\"=\"," + id + "]]}")), "email"));
    }

    @Test
    void aFailingRecordOrChainLeavesNothingWritten() {
        HttpResponse<String> save = call("north.localhost", "north-demo-key", "Contact", "save",
                "{\"records\":[{\"contact_type\":\"Individual\",\"first_name\":\"Halfway\",\"last_name\":\"Saved\"},"
                        + "{\"contact_type\":\"Robot\",\"first_name\":\"Bad\"}]}");
        assertEquals(400, save.statusCode(), save.body());
        assertTrue(json(save.body()).getString("error_message").contains("contact_type"), save.body());
        HttpResponse<String> chained = call("north.localhost", "north-demo-key", "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Chained\",\"last_name\":\"Rollback\"},"
                        + "\"chain\":{\"email\":[\"Email\",\"create\",{\"values\":{\"contact_id\":\"$id\",\"location_type_id\":1}}]}}");
        assertEquals(400, chained.statusCode(), chained.body());
        assertTrue(json(chained.body()).getString("error_message").startsWith("email"), chained.body());
        JsonObject left = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"last_name\",\"IN\",[\"Saved\",\"Rollback\"]],[\"is_deleted\",\"IN\",[true,false]]]}"));
        assertEquals(0, left.getInt("count"));
    }

    @Test
    void chainBatchGetFieldsAndGetActions() {
        JsonObject chained = ok(call("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"id\",\"sort_name\"],\"where\":[[\"sort_name\",\"=\",\"Northcott, Nora\"]],"
                        + "\"chain\":{\"emails\":[\"Email\",\"get\",{\"select\":[\"email\"],\"where\":[[\"contact_id\",\"=\",\"$id\"]]}]}}"));
        JsonArray emails = chained.getJsonArray("values").getJsonObject(0).getJsonArray("emails");
        assertEquals("nora@example.org", emails.getJsonObject(0).getString("email"));

        String calls = "{\"people\":[\"Contact\",\"get\",{\"select\":[\"row_count\"]}],\"wrong\":[\"Nothing\",\"get\",{}],"
                + "\"first\":[\"Contact\",\"get\",{\"select\":[\"sort_name\"],\"orderBy\":{\"sort_name\":\"ASC\"}},0]}";
        JsonObject batch = ok(server.send("north.localhost", "POST", "/civicrm/ajax/api4", "north-demo-key", FORM,
                "calls=" + encode(calls)));
        assertTrue(batch.getJsonObject("people").getInt("count") >= 3);
        assertEquals(404, batch.getJsonObject("wrong").getInt("status"));
        assertEquals("not_found", batch.getJsonObject("wrong").getString("error_code"));
        assertTrue(batch.getJsonObject("first").getJsonObject("values").containsKey("sort_name"));

        JsonObject fields = ok(call("north.localhost", "north-demo-key", "Contact", "getFields", "{}"));
        JsonObject sortName = fields.getJsonArray("values").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("name").equals("sort_name")).findFirst().orElseThrow();
        assertEquals("String", sortName.getString("data_type"));
        assertTrue(sortName.getBoolean("readonly"));
        JsonObject emailContact = ok(call("north.localhost", "north-demo-key", "Email", "getFields", "{}")).getJsonArray("values")
                .stream().map(JsonValue::asJsonObject).filter(f -> f.getString("name").equals("contact_id")).findFirst().orElseThrow();
        assertEquals("Contact", emailContact.getString("fk_entity"));
        assertEquals(Set.of("get", "autocomplete", "create", "update", "save", "delete", "replace", "getFields", "getActions",
                        "checkAccess"),
                column(ok(call("north.localhost", "north-demo-key", "Contact", "getActions", "{}")), "name"));
        assertFalse(column(ok(call("north.localhost", "north-demo-key", "GroupContact", "getActions", "{}")), "name")
                .contains("autocomplete"), "a membership has no label, so no autocomplete");
        assertEquals(Set.of("get", "autocomplete", "getFields", "getActions", "checkAccess"),
                column(ok(call("north.localhost", "north-demo-key", "LocationType", "getActions", "{}")), "name"));
        JsonObject access = ok(call("north.localhost", "north-demo-key", "PaymentProcessor", "checkAccess", "{\"action\":\"create\"}"));
        assertTrue(access.getJsonArray("values").getJsonObject(0).getBoolean("access"), "north holds 'administer CiviCRM'");
        assertFalse(password(fields).isPresent());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointEntitiesAndFields() {
        HttpResponse<String> response = server.send("localhost", "GET", "/openapi", null, null, null);
        assertEquals(200, response.statusCode(), response.body());
        String document = response.body();
        assertTrue(document.contains("/civicrm/ajax/api4/Contact/get"), document.substring(0, Math.min(500, document.length())));
        assertTrue(document.contains("/civicrm/ajax/api4/Setting/revert"));
        assertTrue(document.contains("sort_name") && document.contains("X-Civi-Auth"));
        assertFalse(document.contains("password_hash") || document.contains("key_hash"));
    }

    private static java.util.Optional<String> password(JsonObject fields) {
        return fields.getJsonArray("values").stream().map(v -> v.asJsonObject().getString("name"))
                .filter(n -> n.contains("password") || n.contains("_hash") || n.contains("hash_")).findFirst();
    }

    @Test
    void settingHasItsOwnActions() {
        JsonObject got = ok(call("north.localhost", "north-demo-key", "Setting", "get", "{\"select\":[\"search_autocomplete_count\"]}"));
        JsonObject row = got.getJsonArray("values").getJsonObject(0);
        assertEquals("search_autocomplete_count", row.getString("name"));
        assertEquals(10, row.getInt("value"));
        assertTrue(row.containsKey("domain_id"));
        assertEquals("default", row.getString("source"));

        JsonObject set = ok(call("north.localhost", "north-demo-key", "Setting", "set",
                "{\"values\":{\"search_autocomplete_count\":25},\"domainId\":\"current_domain\"}"));
        assertEquals(25, set.getJsonArray("values").getJsonObject(0).getInt("value"));
        assertEquals("database", set.getJsonArray("values").getJsonObject(0).getString("source"));
        assertEquals(10, ok(call("south.localhost", "south-demo-key", "Setting", "get",
                "{\"select\":[\"search_autocomplete_count\"]}")).getJsonArray("values").getJsonObject(0).getInt("value"));
        assertEquals(403, call("north.localhost", "north-demo-key", "Setting", "get", "{\"domainId\":\"all\"}").statusCode());
        JsonObject everywhere = ok(call("localhost", "admin-demo-key", "Setting", "get",
                "{\"select\":[\"search_autocomplete_count\"],\"domainId\":\"all\"}"));
        assertEquals(ok(call("localhost", "admin-demo-key", "Domain", "get", "{\"select\":[\"row_count\"]}")).getInt("count"),
                everywhere.getInt("count"), "one row per domain");

        JsonObject reverted = ok(call("north.localhost", "north-demo-key", "Setting", "revert", "{\"select\":[\"search_autocomplete_count\"]}"));
        assertEquals(10, reverted.getJsonArray("values").getJsonObject(0).getInt("value"));
        JsonObject fields = ok(call("north.localhost", "north-demo-key", "Setting", "getFields", "{}"));
        assertTrue(column(fields, "name").containsAll(Set.of("multisite_is_enabled", "domain_group_id", "lcMessages", "editor_id")));
        assertEquals(Set.of("get", "set", "revert", "getFields", "getActions"),
                column(ok(call("north.localhost", "north-demo-key", "Setting", "getActions", "{}")), "name"));
        HttpResponse<String> badValue = call("north.localhost", "north-demo-key", "Setting", "set", "{\"values\":{\"editor_id\":\"Word\"}}");
        assertEquals(400, badValue.statusCode());
        assertTrue(json(badValue.body()).getString("error_message").startsWith("editor_id"), badValue.body());
    }

    @Test
    void aHundredMalformedRequestsAreClientErrorsAndChangeNothing() {
        String before = ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"id\",\"display_name\",\"is_deleted\"],\"where\":[[\"is_deleted\",\"IN\",[true,false]]]}")).toString();
        String emailsBefore = ok(call("localhost", "admin-demo-key", "Email", "get", "{}")).toString();
        List<String[]> bad = new ArrayList<>();
        String[] brokenJson = {"{", "}", "[1,2", "{\"select\":}", "nul", "\"text\"", "42", "{'single':'quotes'}", "{\"a\":1,}", "\u0000"};
        for (String params : brokenJson) {
            bad.add(new String[] {"Contact", "get", params});
        }
        String[] badGets = {
            "{\"select\":[\"password\"]}", "{\"select\":[\"no_such_field\"]}", "{\"select\":\"display_name\"}", "{\"select\":[1]}",
            "{\"select\":[\"contact_id.display_name\"]}", "{\"select\":[\"display_name.id\"]}", "{\"select\":[\"a.b.c.d.e\"]}",
            "{\"where\":[[\"display_name\",\"EQUALS\",\"x\"]]}", "{\"where\":[[\"display_name\",\"=\"]]}", "{\"where\":[[\"nope\",\"=\",1]]}",
            "{\"where\":[\"display_name\"]}", "{\"where\":\"1=1\"}", "{\"where\":[[\"id\",\"=\",\"abc\"]]}", "{\"where\":[[\"id\",\"IN\",5]]}",
            "{\"where\":[[\"id\",\"BETWEEN\",[1]]]}", "{\"where\":[[\"is_deleted\",\"=\",\"perhaps\"]]}", "{\"where\":[[\"OR\",[]]]}",
            "{\"where\":[[\"OR\",\"x\"]]}", "{\"where\":[[\"NOT\"]]}", "{\"where\":[[1,\"=\",1]]}",
            "{\"where\":[[\"display_name\",\"LIKE\",5]]}", "{\"where\":[[\"contact_type\",\"=\",\"Robot\"]]}",
            "{\"where\":[[\"display_name\",\"= 1 OR 1=1 --\",\"x\"]]}", "{\"where\":[[\"display_name; DROP TABLE civicrm_contact\",\"=\",\"x\"]]}",
            "{\"orderBy\":{\"display_name\":\"SIDEWAYS\"}}", "{\"orderBy\":{\"nope\":\"ASC\"}}", "{\"orderBy\":{\"id; DELETE\":\"ASC\"}}",
            "{\"orderBy\":[\"id\"]}", "{\"limit\":-1}", "{\"limit\":\"ten\"}", "{\"offset\":-5}", "{\"limit\":1.5}", "{\"offset\":[1]}",
            "{\"index\":\"nope\"}", "{\"index\":-1}", "{\"unknownParam\":1}", "{\"values\":{}}", "{\"join\":[[\"Email email\",\"LEFT\"]]}", "{\"join\":[[\"UserAccount AS u\",\"LEFT\",[\"u.id\",\"=\",\"id\"]]]}",
            "{\"join\":[[\"Email AS e\",\"SIDEWAYS\",[\"e.contact_id\",\"=\",\"id\"]]]}", "{\"join\":[[\"Email AS e\",\"LEFT\"]]}",
            "{\"select\":[\"contact_type\",\"COUNT(nope)\"],\"groupBy\":[\"contact_type\"]}", "{\"groupBy\":[\"nope\"]}",
            "{\"select\":[\"row_count\"],\"groupBy\":[\"contact_type\"]}", "{\"select\":[\"DROP(id)\"]}",
            "{\"where\":[[\"sort_name\",\"IN\",[null]]]}", "{\"where\":[[\"id\",\"=\",null]]}",
        };
        for (String params : badGets) {
            bad.add(new String[] {"Contact", "get", params});
        }
        String[] badWrites = {
            "Contact|create|{\"values\":{}}", "Contact|create|{\"values\":{\"contact_type\":\"Robot\"}}",
            "Contact|create|{\"values\":{\"contact_type\":\"Individual\"}}", "Contact|create|{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"X\",\"id\":5}}",
            "Contact|create|{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"X\",\"sort_name\":\"Z\"}}",
            "Contact|create|{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"X\",\"nope\":1}}",
            "Contact|create|{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"" + "x".repeat(300) + "\"}}",
            "Contact|create|{\"values\":{\"contact_type\":\"Individual\",\"first_name\":[\"X\"]}}",
            "Contact|create|{\"values\":[1,2]}", "Contact|create|{\"values\":\"x\"}",
            "Contact|update|{\"values\":{\"first_name\":\"Everyone\"}}", "Contact|update|{\"where\":[[\"sort_name\",\"=\",\"Northcott, Nora\"]],\"values\":{\"contact_type\":\"Household\"}}",
            "Contact|update|{\"where\":[[\"id\",\">\",0]],\"values\":{\"display_name\":\"X\"}}", "Contact|delete|{}",
            "Contact|delete|{\"where\":[]}", "Contact|save|{}", "Contact|save|{\"records\":[1]}", "Contact|save|{\"records\":{\"a\":1}}",
            "Contact|save|{\"records\":[{\"contact_type\":\"Individual\",\"first_name\":\"Ok\"},{\"contact_type\":\"Individual\"}]}",
            "Contact|save|{\"records\":[{\"id\":\"abc\"}]}", "Contact|save|{\"records\":[{\"first_name\":\"A\"}],\"match\":[\"nope\"]}",
            "Contact|replace|{\"records\":[]}", "Contact|nope|{}", "Contact|checkAccess|{}",
            "Email|create|{\"values\":{\"contact_id\":99999999,\"location_type_id\":1,\"email\":\"a@b.org\"}}",
            "Email|create|{\"values\":{\"contact_id\":\"1 OR 1=1\",\"location_type_id\":1,\"email\":\"a@b.org\"}}",
            "Email|create|{\"values\":{\"location_type_id\":1,\"email\":\"a@b.org\"}}",
            "Email|save|{\"records\":[{\"id\":1,\"email\":\"not an address\"}]}",
            "Email|update|{\"where\":[[\"id\",\">\",0]],\"values\":{\"contact_id\":1}}",
            "Domain|create|{\"values\":{\"name\":\"Evil\"}}", "Domain|delete|{\"where\":[[\"id\",\">\",0]]}",
            "GroupContact|create|{\"values\":{\"group_id\":1}}", "GroupContact|create|{\"values\":{\"group_id\":1,\"contact_id\":1,\"status\":\"Maybe\"}}",
            "Setting|set|{\"values\":{\"nope\":1}}", "Setting|set|{\"values\":{\"search_autocomplete_count\":\"many\"}}",
            "Setting|set|{\"values\":{\"installed\":false}}", "Setting|set|{\"values\":{\"uploadDir\":\"/tmp\"}}",
            "Setting|set|{\"values\":{}}", "Setting|get|{\"domainId\":\"everywhere\"}", "Setting|get|{\"domainId\":-3}",
            "Setting|get|{\"select\":[\"nope\"]}", "Setting|get|{\"domainId\":1}", "Setting|revert|{\"select\":[]}",
            "Setting|nope|{}", "Nothing|get|{}", "Contact%3BDROP|get|{}", "UserAccount|get|{}", "ApiKey|get|{}",
            "crm_contact_visibility|get|{}", "AccessRefusal|get|{}", "PaymentProcessor|create|{\"values\":{\"name\":\"x\"}}",
        };
        for (String spec : badWrites) {
            String[] parts = spec.split("\\|", 3);
            bad.add(parts);
        }
        assertTrue(bad.size() >= 100, "only " + bad.size() + " malformed requests");
        for (String[] request : bad) {
            HttpResponse<String> response = call("north.localhost", "north-demo-key", request[0], request[1], request[2]);
            String label = request[0] + "." + request[1] + " " + request[2];
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, label + " -> " + response.statusCode() + " " + response.body());
            JsonObject error = json(response.body());
            assertTrue(error.containsKey("error_code") && error.containsKey("error_message"), label + " -> " + response.body());
            assertFalse(response.body().contains("Exception") || response.body().contains("at org."), label + " -> " + response.body());
        }
        assertEquals(before, ok(call("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"id\",\"display_name\",\"is_deleted\"],\"where\":[[\"is_deleted\",\"IN\",[true,false]]]}")).toString());
        assertEquals(emailsBefore, ok(call("localhost", "admin-demo-key", "Email", "get", "{}")).toString());
    }
}
