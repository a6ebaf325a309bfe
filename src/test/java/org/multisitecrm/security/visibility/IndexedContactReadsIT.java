package org.multisitecrm.security.visibility;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A branch's count and its pages by sort_name are answered from the visibility index (its maintained
 * count, its sort key); each is compared, as contacts come, are renamed, trashed, deleted and granted
 * through a permissioned relationship or by an ACL, with the same question asked so the index cannot answer it
 * ({@code id > 0} beside the default filter), which the row criteria count and page the long way.
 */
class IndexedContactReadsIT {

    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";
    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String CLERK_KEY = "clerk-demo-key";
    private static final String WALKED = "\"where\":[[\"id\",\">\",0]]";
    private static final String[] TYPES = {"Individual", "Organization", "Household"};

    private final Api4Client api = new Api4Client(DemoServer.get());

    @Test
    void aBranchsCountAndPagesFromTheIndexAgreeWithTheCriteriaThroughEveryChange() {
        agree("at first");
        long ada = api.firstId(NORTH, NORTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Ada\",\"last_name\":\"Aaberg\"}}");
        assertTrue(page(NORTH, NORTH_KEY, "", 0, 1000).contains(ada), "a new contact is paged");
        long households = count(NORTH, NORTH_KEY, ofType("Household"));
        long home = api.firstId(NORTH, NORTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Household\",\"household_name\":\"Aaberg Household\"}}");
        assertEquals(households + 1, count(NORTH, NORTH_KEY, ofType("Household")), "a new household is counted among households");
        agree("after a create");

        api.ok(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + ada + "]],\"values\":{\"last_name\":\"Zyzzyva\"}}");
        assertEquals(page(NORTH, NORTH_KEY, "", 0, 1000).size() - 1, page(NORTH, NORTH_KEY, "", 0, 1000).indexOf(ada),
                "renamed Zyzzyva, it moves to the end");
        agree("after a rename");

        long before = count(NORTH, NORTH_KEY, "");
        api.ok(NORTH, NORTH_KEY, "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + ada + "]]}");
        assertEquals(before - 1, count(NORTH, NORTH_KEY, ""), "trashed, it is not counted");
        agree("after the trash");

        long sara = api.firstId(SOUTH, SOUTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Sal\",\"last_name\":\"Aardvark\"}}");
        long nina = api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"display_name\",\"=\",\"Nina Manager\"]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
        long supervised = api.firstId(HEAD, ADMIN_KEY, "RelationshipType", "get", "{\"where\":[[\"name_a_b\",\"=\",\"Supervised by\"]]}");
        before = count(NORTH, NORTH_KEY, "");
        long granted = api.firstId(HEAD, ADMIN_KEY, "Relationship", "create", "{\"values\":{\"relationship_type_id\":" + supervised
                + ",\"contact_id_a\":" + nina + ",\"contact_id_b\":" + sara + ",\"is_permission_a_b\":1}}");
        assertEquals(before + 1, count(NORTH, NORTH_KEY, ""), "a contact granted through a relationship is counted");
        assertTrue(page(NORTH, NORTH_KEY, "", 0, 1000).contains(sara), "and paged");
        agree("with a permissioned relationship");
        api.ok(HEAD, ADMIN_KEY, "Relationship", "delete", "{\"where\":[[\"id\",\"=\"," + granted + "]]}");
        assertEquals(before, count(NORTH, NORTH_KEY, ""));

        api.ok(NORTH, NORTH_KEY, "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + home + "]]}");
        assertEquals(households, count(NORTH, NORTH_KEY, ofType("Household")), "trashed, the household is not counted");
        agree("after trashing a household");

        api.ok(HEAD, ADMIN_KEY, "Contact", "delete", "{\"where\":[[\"id\",\"IN\",[" + ada + "," + sara + "," + home + "]],"
                + "[\"is_deleted\",\"IN\",[true,false]]],\"useTrash\":false}");
        agree("after deleting for good");
    }

    /**
     * North's clerk sees no domain ('staff' has no 'view all contacts in domain'): what she sees comes
     * from her own contact and from ACLs, which the index's statements read only for a holder of an ACL
     * role. Given one granting North's domain group, taken away again, she is answered as the criteria
     * answer her each time.
     */
    @Test
    void anAclRoleHoldersCountAndPagesAgreeWithTheCriteria() {
        agreeFor(NORTH, CLERK_KEY, "with no ACL role");
        assertEquals(1, count(NORTH, CLERK_KEY, ""), "the clerk sees her own contact only");

        long northGroup = api.ok(NORTH, NORTH_KEY, "Setting", "get", "{\"select\":[\"domain_group_id\"]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("value").longValue();
        long clara = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"display_name\",\"=\",\"Clara Clerk\"]]}");
        long staff = api.firstId(NORTH, NORTH_KEY, "Group", "create", "{\"values\":{\"name\":\"north_index_staff\",\"title\":\"Index staff\"}}");
        long acl = api.firstId(NORTH, NORTH_KEY, "ACL", "create",
                "{\"values\":{\"name\":\"Staff view North\",\"entity_id\":2,\"operation\":\"View\",\"object_id\":" + northGroup + "}}");
        long role = api.firstId(NORTH, NORTH_KEY, "ACLEntityRole", "create", "{\"values\":{\"acl_role_id\":2,\"entity_id\":" + staff + "}}");
        try {
            api.ok(NORTH, NORTH_KEY, "GroupContact", "create", "{\"values\":{\"group_id\":" + staff + ",\"contact_id\":" + clara
                    + ",\"status\":\"Added\"}}");
            assertEquals(count(NORTH, NORTH_KEY, ""), count(NORTH, CLERK_KEY, ""), "an ACL on North's group shows her what North sees");
            agreeFor(NORTH, CLERK_KEY, "holding an ACL role");

            api.ok(NORTH, NORTH_KEY, "ACLEntityRole", "update", "{\"where\":[[\"id\",\"=\"," + role + "]],\"values\":{\"is_active\":false}}");
            assertEquals(1, count(NORTH, CLERK_KEY, ""), "the role made inactive, she is back to her own contact");
            agreeFor(NORTH, CLERK_KEY, "after the role was made inactive");
        } finally {
            api.ok(NORTH, NORTH_KEY, "ACLEntityRole", "delete", "{\"where\":[[\"id\",\"=\"," + role + "]]}");
            api.ok(NORTH, NORTH_KEY, "ACL", "delete", "{\"where\":[[\"id\",\"=\"," + acl + "]]}");
            api.ok(NORTH, NORTH_KEY, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + staff + "]]}");
        }
    }

    /**
     * North's and South's answers, indexed and walked, agree: the count and pages at several offsets;
     * and Head Office's count ('view all contacts': the count of all contacts).
     */
    private void agree(String when) {
        assertEquals(count(HEAD, ADMIN_KEY, WALKED), count(HEAD, ADMIN_KEY, ""), "Head Office's count " + when);
        for (String type : TYPES) {
            assertEquals(count(HEAD, ADMIN_KEY, walkedOfType(type)), count(HEAD, ADMIN_KEY, ofType(type)), "Head Office's " + type + " " + when);
        }
        agreeFor(NORTH, NORTH_KEY, when);
        agreeFor(SOUTH, SOUTH_KEY, when);
    }

    private void agreeFor(String host, String key, String when) {
        long indexed = count(host, key, "");
        assertEquals(count(host, key, WALKED), indexed, host + " count " + when);
        assertTrue(indexed > 0, host + " sees contacts");
        for (int offset : new int[] {0, 1, 3}) {
            assertEquals(page(host, key, WALKED, offset, 4), page(host, key, "", offset, 4), host + " page at " + offset + " " + when);
        }
        assertEquals(page(host, key, WALKED, 0, 1000), page(host, key, "", 0, 1000), host + " " + when);
        assertTrue(page(host, key, "", (int) indexed, 5).isEmpty(), "past the end");
        long typed = 0;
        for (String type : TYPES) {
            long ofType = count(host, key, ofType(type));
            assertEquals(count(host, key, walkedOfType(type)), ofType, host + " count of " + type + " " + when);
            typed += ofType;
        }
        assertEquals(indexed, typed, host + ": the counts of each type add up to the count " + when);
    }

    /** A count of one contact type: answered from the index's counts per type. */
    private static String ofType(String type) {
        return "\"where\":[[\"contact_type\",\"=\",\"" + type + "\"]]";
    }

    /** The same asked so that the index cannot answer it. */
    private static String walkedOfType(String type) {
        return "\"where\":[[\"contact_type\",\"=\",\"" + type + "\"],[\"id\",\">\",0]]";
    }

    private long count(String host, String key, String where) {
        return api.ok(host, key, "Contact", "get", "{\"select\":[\"row_count\"]" + (where.isEmpty() ? "" : "," + where) + "}")
                .getJsonNumber("count").longValue();
    }

    private List<Long> page(String host, String key, String where, int offset, int limit) {
        JsonObject answer = api.ok(host, key, "Contact", "get", "{\"select\":[\"id\",\"sort_name\"],\"orderBy\":{\"sort_name\":\"ASC\"},"
                + "\"offset\":" + offset + ",\"limit\":" + limit + (where.isEmpty() ? "" : "," + where) + "}");
        return answer.getJsonArray("values").stream().map(JsonValue::asJsonObject).map(row -> row.getJsonNumber("id").longValue()).toList();
    }
}
