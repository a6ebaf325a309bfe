package org.multisitecrm.api4;

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
import static org.multisitecrm.testing.Api4Client.column;
import static org.multisitecrm.testing.Api4Client.json;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.ok;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * APIv4 writes of the entities that shape who sees what (groups, nesting, organisation links, saved
 * searches, relationships, ACLs, user matches, domains and sites) and the autocomplete action, over
 * real HTTP on the demo server. Each write goes through the capability's service, so the multisite
 * rules hold over the API: a branch cannot widen its own reach, and another domain's rows answer as
 * missing for read, update and delete.
 */
class Api4StructureIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";
    private static final String CLERK_KEY = "clerk-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long domainGroup(String host, String key) {
        return ok(host, key, "Setting", "get", "{\"select\":[\"domain_group_id\"]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue();
    }

    private long contact(String sortName) {
        return api.firstId(HEAD, ADMIN_KEY, "Contact", "get", "{\"select\":[\"id\"],\"where\":[[\"sort_name\",\"=\",\"" + sortName + "\"]]}");
    }

    private JsonObject ok(String host, String key, String entity, String action, String params) {
        return api.ok(host, key, entity, action, params);
    }

    private HttpResponse<String> call(String host, String key, String entity, String action, String params) {
        return api.call(host, key, entity, action, params);
    }

    /** Another domain's row is missing for get, update and delete alike; head office still sees it. */
    private void invisibleTo(String host, String key, String entity, long id, String change) {
        String byId = "[[\"id\",\"=\"," + id + "]]";
        assertEquals(0, ok(host, key, entity, "get", "{\"where\":" + byId + "}").getInt("count"), entity + " " + id + " read");
        assertEquals(0, ok(host, key, entity, "update", "{\"where\":" + byId + ",\"values\":" + change + "}").getInt("count"),
                entity + " " + id + " updated");
        assertEquals(0, ok(host, key, entity, "delete", "{\"where\":" + byId + "}").getInt("count"), entity + " " + id + " deleted");
        assertEquals(1, ok(HEAD, ADMIN_KEY, entity, "get", "{\"where\":" + byId + "}").getInt("count"), entity + " " + id + " is still there");
    }

    @Test
    void groupsNestingAndLinksStayInsideTheSiteTree() {
        long northGroup = domainGroup(NORTH, NORTH_KEY);
        long southGroup = domainGroup(SOUTH, SOUTH_KEY);
        long northOrg = contact("Branch North");

        JsonObject created = ok(NORTH, NORTH_KEY, "Group", "create",
                "{\"values\":{\"name\":\"north_api_volunteers\",\"title\":\"Volunteers\",\"visibility\":\"Public Pages\"}}")
                .getJsonArray("values").getJsonObject(0);
        long group = created.getJsonNumber("id").longValue();
        assertEquals("Public Pages", created.getString("visibility"));
        assertFalse(created.getBoolean("is_reserved"));
        assertEquals(Set.of(String.valueOf(northOrg)), column(ok(NORTH, NORTH_KEY, "GroupOrganization", "get",
                "{\"where\":[[\"group_id\",\"=\"," + group + "]]}"), "organization_id"), "linked to the branch's own organisation");

        long nesting = api.firstId(NORTH, NORTH_KEY, "GroupNesting", "create",
                "{\"values\":{\"child_group_id\":" + group + ",\"parent_group_id\":" + northGroup + "}}");
        HttpResponse<String> underSouth = call(NORTH, NORTH_KEY, "GroupNesting", "create",
                "{\"values\":{\"child_group_id\":" + group + ",\"parent_group_id\":" + southGroup + "}}");
        assertEquals(403, refused(underSouth), underSouth.body());
        HttpResponse<String> cycle = call(NORTH, NORTH_KEY, "GroupNesting", "create",
                "{\"values\":{\"child_group_id\":" + northGroup + ",\"parent_group_id\":" + group + "}}");
        assertEquals(400, refused(cycle));
        assertTrue(message(cycle).contains("cycle"), cycle.body());
        HttpResponse<String> otherOrganisation = call(NORTH, NORTH_KEY, "GroupOrganization", "create",
                "{\"values\":{\"group_id\":" + group + ",\"organization_id\":" + contact("Branch South") + "}}");
        assertEquals(403, refused(otherOrganisation));

        JsonObject retitled = ok(NORTH, NORTH_KEY, "Group", "update",
                "{\"where\":[[\"id\",\"=\"," + group + "]],\"values\":{\"title\":\"Volunteers of the North\",\"is_hidden\":true}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("Volunteers of the North", retitled.getString("title"));
        assertTrue(retitled.getBoolean("is_hidden"));
        HttpResponse<String> renamed = call(NORTH, NORTH_KEY, "Group", "update",
                "{\"where\":[[\"id\",\"=\"," + group + "]],\"values\":{\"name\":\"other_name\"}}");
        assertEquals(400, refused(renamed));
        assertTrue(message(renamed).startsWith("name"), renamed.body());
        HttpResponse<String> badVisibility = call(NORTH, NORTH_KEY, "Group", "update",
                "{\"where\":[[\"id\",\"=\"," + group + "]],\"values\":{\"visibility\":\"Everyone\"}}");
        assertTrue(message(badVisibility).startsWith("visibility"), badVisibility.body());
        for (String empty : List.of("{\"is_active\":null}", "{\"title\":null}", "{\"visibility\":null}")) {
            HttpResponse<String> cleared = call(NORTH, NORTH_KEY, "Group", "update",
                    "{\"where\":[[\"id\",\"=\"," + group + "]],\"values\":" + empty + "}");
            assertEquals(400, refused(cleared), empty + " -> " + cleared.body());
            assertTrue(message(cleared).endsWith("cannot be empty"), cleared.body());
        }
        HttpResponse<String> reserved = call(NORTH, NORTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + northGroup + "]]}");
        assertEquals(400, refused(reserved));

        invisibleTo(NORTH, NORTH_KEY, "Group", southGroup, "{\"title\":\"Taken\"}");
        long southOwn = api.firstId(SOUTH, SOUTH_KEY, "Group", "create", "{\"values\":{\"name\":\"south_api_own\",\"title\":\"South's own\"}}");
        long southLink = api.firstId(SOUTH, SOUTH_KEY, "GroupOrganization", "get", "{\"where\":[[\"group_id\",\"=\"," + southOwn + "]]}");
        invisibleTo(NORTH, NORTH_KEY, "GroupOrganization", southLink, "{}");
        invisibleTo(NORTH, NORTH_KEY, "Group", southOwn, "{\"title\":\"Taken\"}");
        ok(SOUTH, SOUTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + southOwn + "]]}");
        invisibleTo(SOUTH, SOUTH_KEY, "GroupNesting", nesting, "{}");
        invisibleTo(SOUTH, SOUTH_KEY, "Group", group, "{\"title\":\"Taken\"}");

        assertEquals(1, ok(NORTH, NORTH_KEY, "GroupNesting", "delete", "{\"where\":[[\"id\",\"=\"," + nesting + "]]}").getInt("count"));
        assertEquals(1, ok(NORTH, NORTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + group + "]]}").getInt("count"));
        assertEquals(0, ok(HEAD, ADMIN_KEY, "Group", "get", "{\"where\":[[\"id\",\"=\"," + group + "]]}").getInt("count"));
    }

    @Test
    void aSmartGroupTakesASavedSearchThatOnlyItsSiteMayChange() {
        String criteria = "{\"where\":[[\"last_name\",\"LIKE\",\"N%\"]]}";
        JsonObject search = ok(NORTH, NORTH_KEY, "SavedSearch", "create",
                "{\"values\":{\"name\":\"north_api_n\",\"label\":\"N people\",\"api_entity\":\"Contact\",\"api_params\":" + criteria + "}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(json(criteria), search.getJsonObject("api_params"), "serialized JSON goes in and comes out as JSON");
        long searchId = search.getJsonNumber("id").longValue();
        long smart = api.firstId(NORTH, NORTH_KEY, "Group", "create",
                "{\"values\":{\"name\":\"north_api_smart\",\"title\":\"N people\",\"saved_search_id\":" + searchId + "}}");

        HttpResponse<String> badCriteria = call(NORTH, NORTH_KEY, "SavedSearch", "update",
                "{\"where\":[[\"id\",\"=\"," + searchId + "]],\"values\":{\"api_params\":{\"where\":[[\"password\",\"=\",\"x\"]]}}}");
        assertEquals(400, refused(badCriteria));
        HttpResponse<String> southRewrites = call(SOUTH, SOUTH_KEY, "SavedSearch", "update",
                "{\"where\":[[\"id\",\"=\"," + searchId + "]],\"values\":{\"api_params\":{\"where\":[]}}}");
        assertEquals(403, refused(southRewrites), "a branch cannot rewrite another site's smart group");
        HttpResponse<String> reused = call(NORTH, NORTH_KEY, "Group", "create",
                "{\"values\":{\"name\":\"north_api_smart2\",\"title\":\"Again\",\"saved_search_id\":" + searchId + "}}");
        assertTrue(message(reused).startsWith("saved_search_id"), reused.body());
        HttpResponse<String> inUse = call(NORTH, NORTH_KEY, "SavedSearch", "delete", "{\"where\":[[\"id\",\"=\"," + searchId + "]]}");
        assertEquals(409, refused(inUse));

        ok(NORTH, NORTH_KEY, "SavedSearch", "update", "{\"where\":[[\"id\",\"=\"," + searchId + "]],"
                + "\"values\":{\"label\":\"Only Ned\",\"api_params\":{\"where\":[[\"first_name\",\"=\",\"Ned\"]]}}}");
        assertEquals(1, ok(NORTH, NORTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + smart + "]]}").getInt("count"));
        assertEquals(1, ok(NORTH, NORTH_KEY, "SavedSearch", "delete", "{\"where\":[[\"id\",\"=\"," + searchId + "]]}").getInt("count"));
    }

    @Test
    void relationshipsNeedTwoContactsTheCallerCanEdit() {
        long nora = contact("Northcott, Nora");
        long ned = contact("Nyberg, Ned");
        long sara = contact("Southey, Sara");
        long supervised = api.firstId(NORTH, NORTH_KEY, "RelationshipType", "get", "{\"where\":[[\"name_a_b\",\"=\",\"Supervised by\"]]}");

        JsonObject created = ok(NORTH, NORTH_KEY, "Relationship", "create", "{\"values\":{\"relationship_type_id\":" + supervised
                + ",\"contact_id_a\":" + nora + ",\"contact_id_b\":" + ned + ",\"is_permission_a_b\":2,\"start_date\":\"2026-01-01\"}}")
                .getJsonArray("values").getJsonObject(0);
        long id = created.getJsonNumber("id").longValue();
        assertEquals(2, created.getInt("is_permission_a_b"));
        assertEquals("2026-01-01", created.getString("start_date"));

        HttpResponse<String> towardsSouth = call(NORTH, NORTH_KEY, "Relationship", "create", "{\"values\":{\"relationship_type_id\":"
                + supervised + ",\"contact_id_a\":" + nora + ",\"contact_id_b\":" + sara + ",\"is_permission_a_b\":1}}");
        assertEquals(400, refused(towardsSouth));
        assertTrue(message(towardsSouth).startsWith("contact_id_b"), towardsSouth.body());
        HttpResponse<String> badFlag = call(NORTH, NORTH_KEY, "Relationship", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"is_permission_b_a\":7}}");
        assertTrue(message(badFlag).startsWith("is_permission_b_a"), badFlag.body());
        HttpResponse<String> retyped = call(NORTH, NORTH_KEY, "Relationship", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"relationship_type_id\":1}}");
        assertTrue(message(retyped).startsWith("relationship_type_id"), retyped.body());

        JsonObject updated = ok(NORTH, NORTH_KEY, "Relationship", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],"
                + "\"values\":{\"description\":\"Mentoring\",\"is_permission_a_b\":1,\"end_date\":\"2026-12-31\"}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("Mentoring", updated.getString("description"));
        assertEquals(1, updated.getInt("is_permission_a_b"));
        invisibleTo(SOUTH, SOUTH_KEY, "Relationship", id, "{\"description\":\"Taken\"}");
        assertEquals(1, ok(NORTH, NORTH_KEY, "Relationship", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}").getInt("count"));
    }

    @Test
    void aclsAndTheirRolesAreManagedInsideTheSite() {
        long southGroup = domainGroup(SOUTH, SOUTH_KEY);
        long staff = api.firstId(NORTH, NORTH_KEY, "Group", "create", "{\"values\":{\"name\":\"north_api_staff\",\"title\":\"Staff\"}}");
        long acl = api.firstId(NORTH, NORTH_KEY, "ACL", "create",
                "{\"values\":{\"name\":\"Staff edit staff\",\"entity_id\":2,\"operation\":\"Edit\",\"object_id\":" + staff + "}}");
        long role = api.firstId(NORTH, NORTH_KEY, "ACLEntityRole", "create",
                "{\"values\":{\"acl_role_id\":2,\"entity_id\":" + staff + "}}");

        HttpResponse<String> onSouth = call(NORTH, NORTH_KEY, "ACL", "create",
                "{\"values\":{\"name\":\"Reach south\",\"entity_id\":2,\"operation\":\"View\",\"object_id\":" + southGroup + "}}");
        assertEquals(404, refused(onSouth), "another site's group does not exist for the branch");
        HttpResponse<String> notARole = call(NORTH, NORTH_KEY, "ACL", "create",
                "{\"values\":{\"name\":\"No role\",\"entity_id\":77,\"operation\":\"View\",\"object_id\":" + staff + "}}");
        assertTrue(message(notARole).startsWith("acl_role_id"), notARole.body());
        HttpResponse<String> otherTable = call(NORTH, NORTH_KEY, "ACL", "create", "{\"values\":{\"name\":\"Table\",\"entity_id\":2,"
                + "\"operation\":\"View\",\"object_id\":" + staff + ",\"object_table\":\"civicrm_contact\"}}");
        assertTrue(message(otherTable).startsWith("object_table"), otherTable.body());

        assertEquals(400, refused(call(NORTH, NORTH_KEY, "ACL", "update",
                "{\"where\":[[\"id\",\"=\"," + acl + "]],\"values\":{\"entity_id\":null,\"priority\":null}}")));
        JsonObject denied = ok(NORTH, NORTH_KEY, "ACL", "update", "{\"where\":[[\"id\",\"=\"," + acl + "]],\"values\":{\"deny\":true}}")
                .getJsonArray("values").getJsonObject(0);
        assertTrue(denied.getBoolean("deny"));
        assertFalse(ok(NORTH, NORTH_KEY, "ACLEntityRole", "update",
                "{\"where\":[[\"id\",\"=\"," + role + "]],\"values\":{\"is_active\":false}}")
                .getJsonArray("values").getJsonObject(0).getBoolean("is_active"));
        invisibleTo(SOUTH, SOUTH_KEY, "ACL", acl, "{\"deny\":false}");
        invisibleTo(SOUTH, SOUTH_KEY, "ACLEntityRole", role, "{\"is_active\":true}");

        assertEquals(1, ok(NORTH, NORTH_KEY, "ACLEntityRole", "delete", "{\"where\":[[\"id\",\"=\"," + role + "]]}").getInt("count"));
        assertEquals(1, ok(NORTH, NORTH_KEY, "ACL", "delete", "{\"where\":[[\"id\",\"=\"," + acl + "]]}").getInt("count"));
        ok(NORTH, NORTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + staff + "]]}");
    }

    @Test
    void userMatchesAreTheDomainsOwnAndRelationshipTypesDomainsAndSitesAreForHeadOffice() {
        long southLogin = ok(SOUTH, ADMIN_KEY, "UFMatch", "get", "{\"where\":[[\"uf_name\",\"=\",\"south\"]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("uf_id").longValue();
        long helper = api.firstId(NORTH, ADMIN_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Southern\",\"last_name\":\"Helper\"}}");
        String match = "{\"values\":{\"uf_id\":" + southLogin + ",\"contact_id\":" + helper + "}}";
        HttpResponse<String> southsLogin = call(NORTH, NORTH_KEY, "UFMatch", "create", match);
        HttpResponse<String> noLogin = call(NORTH, NORTH_KEY, "UFMatch", "create", match.replace(String.valueOf(southLogin), "987654321"));
        assertEquals(400, refused(southsLogin), "North's administrator matches North's logins only");
        assertEquals(message(noLogin).replace("987654321", "#"), message(southsLogin).replace(String.valueOf(southLogin), "#"),
                "South's login is missing to North, exactly as one that never was");
        assertEquals(403, refused(call(NORTH, CLERK_KEY, "UFMatch", "create", match)), "staff administer no users");
        JsonObject matched = ok(NORTH, ADMIN_KEY, "UFMatch", "create", match).getJsonArray("values").getJsonObject(0);
        assertEquals("south", matched.getString("uf_name"), "the login's name is copied, not sent");
        assertEquals(2, matched.getInt("domain_id"), "matched on the request's domain");
        assertEquals(400, refused(call(NORTH, ADMIN_KEY, "UFMatch", "create", match)), "one match per login and domain");
        assertEquals(0, ok(SOUTH, ADMIN_KEY, "UFMatch", "get", "{\"where\":[[\"contact_id\",\"=\"," + helper + "]]}").getInt("count"));
        ok(NORTH, ADMIN_KEY, "UFMatch", "delete", "{\"where\":[[\"id\",\"=\"," + matched.getInt("id") + "]]}");

        String type = "{\"values\":{\"name_a_b\":\"Mentor of\",\"label_a_b\":\"Mentor of\",\"name_b_a\":\"Mentee of\",\"label_b_a\":\"Mentee of\"}}";
        assertEquals(403, refused(call(NORTH, NORTH_KEY, "RelationshipType", "create", type)), "shared by every domain");
        long mentor = api.firstId(HEAD, ADMIN_KEY, "RelationshipType", "create", type);
        ok(HEAD, ADMIN_KEY, "RelationshipType", "delete", "{\"where\":[[\"id\",\"=\"," + mentor + "]]}");

        assertEquals(403, refused(call(NORTH, NORTH_KEY, "Domain", "create", "{\"values\":{\"name\":\"Branch East\"}}")));
        assertFalse(ok(NORTH, NORTH_KEY, "Domain", "checkAccess", "{\"action\":\"create\"}").getJsonArray("values")
                .getJsonObject(0).getBoolean("access"), "checkAccess tells the branch before it tries");
        assertTrue(ok(NORTH, NORTH_KEY, "ACL", "checkAccess", "{\"action\":\"create\"}").getJsonArray("values")
                .getJsonObject(0).getBoolean("access"));
        JsonObject east = ok(HEAD, ADMIN_KEY, "Domain", "create", "{\"values\":{\"name\":\"Branch East\",\"parent_id\":1}}")
                .getJsonArray("values").getJsonObject(0);
        long eastId = east.getJsonNumber("id").longValue();
        assertTrue(east.getJsonNumber("contact_id").longValue() > 0, "the domain's organisation contact is created with it");
        JsonObject eastGroup = ok(HEAD, ADMIN_KEY, "Setting", "get", "{\"select\":[\"domain_group_id\"],\"domainId\":" + eastId + "}")
                .getJsonArray("values").getJsonObject(0);
        assertTrue(eastGroup.getJsonNumber("value").longValue() > 0, "provisioned like every domain: " + eastGroup);

        String site = "{\"values\":{\"domain_id\":" + eastId + ",\"hostname\":\"east.localhost\"}}";
        assertEquals(403, refused(call(NORTH, NORTH_KEY, "Site", "create", site)));
        assertEquals(400, refused(call(HEAD, ADMIN_KEY, "Site", "create",
                "{\"values\":{\"domain_id\":" + eastId + ",\"hostname\":\"east.localhost\",\"port\":null}}")));
        long siteId = api.firstId(HEAD, ADMIN_KEY, "Site", "create", site);
        assertEquals("Branch East", json(server.send("east.localhost", "GET", "/api/site", null, null, null).body()).getString("name"));
        assertEquals(400, refused(call(HEAD, ADMIN_KEY, "Site", "create", site)), "a hostname serves one site");

        ok(HEAD, ADMIN_KEY, "Domain", "update", "{\"where\":[[\"id\",\"=\"," + eastId + "]],\"values\":{\"name\":\"Branch Est\","
                + "\"description\":\"Renamed over the API\"}}");
        assertEquals("Branch Est", json(server.send("east.localhost", "GET", "/api/site", null, null, null).body()).getString("name"));
        assertEquals(409, refused(call(HEAD, ADMIN_KEY, "Domain", "delete", "{\"where\":[[\"id\",\"=\"," + eastId + "]]}")));
        long defaultSite = api.firstId(HEAD, ADMIN_KEY, "Site", "get", "{\"where\":[[\"is_default\",\"=\",true]]}");
        assertEquals(409, refused(call(HEAD, ADMIN_KEY, "Site", "delete", "{\"where\":[[\"id\",\"=\"," + defaultSite + "]]}")));
        ok(HEAD, ADMIN_KEY, "Site", "delete", "{\"where\":[[\"id\",\"=\"," + siteId + "]]}");
        assertEquals("Head Office", json(server.send("east.localhost", "GET", "/api/site", null, null, null).body()).getString("name"),
                "an unknown hostname falls back to the default site");
    }

    @Test
    void autocompleteOffersAPageOfLabelsFromWhatTheCallerSees() {
        JsonObject found = ok(NORTH, NORTH_KEY, "Contact", "autocomplete", "{\"input\":\"orthc\"}");
        assertEquals("autocomplete", found.getString("action"));
        assertEquals(Set.of("Nora Northcott"), column(found, "label"), "includeWildCardInName: the input may match inside the name");
        assertTrue(found.getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue() > 0);
        HttpResponse<String> byGet = server.send(NORTH, "GET", "/civicrm/ajax/api4/Contact/autocomplete?params="
                + Api4Client.encode("{\"input\":\"S\"}"), NORTH_KEY);
        Set<String> labels = column(Api4Client.ok(byGet), "label");
        assertFalse(labels.contains("Sara Southey") || labels.contains("Sam Sandoval"), labels.toString());
        assertTrue(labels.contains("Shona Sharp"), labels.toString());

        ok(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"search_autocomplete_count\":1}}");
        try {
            JsonObject first = ok(NORTH, NORTH_KEY, "Contact", "autocomplete", "{\"input\":\"N\",\"page\":1}");
            JsonObject second = ok(NORTH, NORTH_KEY, "Contact", "autocomplete", "{\"input\":\"N\",\"page\":2}");
            assertEquals(1, first.getInt("count"));
            assertEquals(2, first.getInt("countMatched"), "one more than the page: there is a next page");
            assertFalse(column(first, "label").equals(column(second, "label")));
        } finally {
            ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"search_autocomplete_count\"]}");
        }

        long nora = contact("Northcott, Nora");
        long sara = contact("Southey, Sara");
        assertEquals(Set.of("Nora Northcott"), column(ok(NORTH, NORTH_KEY, "Contact", "autocomplete",
                "{\"ids\":[" + nora + "," + sara + "]}"), "label"), "ids shows what a field holds, still only what the caller sees");
        assertEquals(Set.of("Branch North"), column(ok(NORTH, NORTH_KEY, "Contact", "autocomplete",
                "{\"input\":\"Branch\",\"filters\":{\"contact_type\":\"Organization\"}}"), "label"));
        Set<String> groups = column(ok(NORTH, NORTH_KEY, "Group", "autocomplete", "{}"), "label");
        assertFalse(groups.stream().anyMatch(title -> title.contains("South")), groups.toString());
        assertEquals(400, refused(call(NORTH, NORTH_KEY, "Contact", "autocomplete", "{\"input\":[1]}")));
        assertEquals(400, refused(call(NORTH, NORTH_KEY, "Contact", "autocomplete", "{\"filters\":{\"password\":\"x\"}}")));
        assertEquals(List.of(), ok(NORTH, NORTH_KEY, "Contact", "autocomplete", "{\"input\":\"%' OR 1=1 --\"}")
                .getJsonArray("values"));
    }
}
