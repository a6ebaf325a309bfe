package org.multisitecrm.membership;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Memberships over APIv4 on the demo server, North's and South's branch managers against each other,
 * including the three CiviCRM multisite defects the seed records, each as a refusal: another
 * organisation's types listed, another organisation's type accepted on a membership, and a site manager
 * able to move a type to another site.
 */
class MembershipApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final long NEW = 1;
    private static final long GRACE = 3;
    private static final long PENDING = 5;

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private List<JsonObject> rows(String host, String key, String entity, String params) {
        return api.ok(host, key, entity, "get", params).getJsonArray("values").getValuesAs(JsonObject.class);
    }

    private long contact(String host, String key, String lastName) {
        return rows(host, key, "Contact", "{\"where\":[[\"last_name\",\"=\",\"" + lastName + "\"]]}").get(0).getJsonNumber("id").longValue();
    }

    private long ownType(String host, String key) {
        List<JsonObject> types = rows(host, key, "MembershipType", "{\"orderBy\":{\"id\":\"ASC\"}}");
        assertEquals(1, types.stream().map(t -> t.getInt("domain_id")).distinct().count(),
                "a branch sees only its own membership types (other tests on this server may add some): " + types);
        return types.get(0).getJsonNumber("id").longValue();
    }

    @Test
    void aBranchListsAndUsesOnlyItsOwnTypesAndCannotMoveOne() {
        long northType = ownType(NORTH, NORTH_KEY);
        long southType = ownType(SOUTH, SOUTH_KEY);
        long ned = contact(NORTH, NORTH_KEY, "Nyberg");

        HttpResponse<String> foreign = api.call(NORTH, NORTH_KEY, "Membership", "create",
                "{\"values\":{\"contact_id\":" + ned + ",\"membership_type_id\":" + southType + "}}");
        HttpResponse<String> missing = api.call(NORTH, NORTH_KEY, "Membership", "create",
                "{\"values\":{\"contact_id\":" + ned + ",\"membership_type_id\":2147480000}}");
        assertEquals(400, refused(foreign));
        assertEquals("membership_type_id: no MembershipType has id " + southType, message(foreign));
        assertEquals(message(missing).replace("2147480000", Long.toString(southType)), message(foreign),
                "another domain's type is answered exactly as one that does not exist");

        HttpResponse<String> moved = api.call(NORTH, NORTH_KEY, "MembershipType", "update",
                "{\"where\":[[\"id\",\"=\"," + northType + "]],\"values\":{\"domain_id\":3}}");
        assertEquals(400, refused(moved));
        assertTrue(message(moved).startsWith("domain_id"), message(moved));
        assertEquals(0, rows(SOUTH, SOUTH_KEY, "MembershipType", "{\"where\":[[\"id\",\"=\"," + northType + "]]}").size());
    }

    @Test
    void aNewMembershipHasItsDatesAndStatusComputedFromItsType() {
        long northType = ownType(NORTH, NORTH_KEY);
        long ned = contact(NORTH, NORTH_KEY, "Nyberg");
        JsonObject created = api.ok(NORTH, NORTH_KEY, "Membership", "create",
                "{\"values\":{\"contact_id\":" + ned + ",\"membership_type_id\":" + northType + ",\"source\":\"api test\"}}")
                .getJsonArray("values").getJsonObject(0);
        LocalDate today = LocalDate.now();
        assertEquals(today.toString(), created.getString("join_date"));
        assertEquals(today.toString(), created.getString("start_date"));
        assertEquals(today.plusYears(1).minusDays(1).toString(), created.getString("end_date"), "North Member: a rolling year");
        assertEquals(NEW, created.getJsonNumber("status_id").longValue());
        long id = created.getJsonNumber("id").longValue();

        JsonObject lapsed = api.ok(NORTH, NORTH_KEY, "Membership", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{"
                        + "\"join_date\":\"" + today.minusYears(1).minusDays(5) + "\",\"start_date\":\"" + today.minusYears(1).minusDays(5)
                        + "\",\"end_date\":\"" + today.minusDays(6) + "\"}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(GRACE, lapsed.getJsonNumber("status_id").longValue(), "new dates, a new status: ended six days ago is Grace");

        JsonObject held = api.ok(NORTH, NORTH_KEY, "Membership", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{"
                + "\"status_id\":" + PENDING + ",\"is_override\":true}}").getJsonArray("values").getJsonObject(0);
        assertEquals(PENDING, held.getJsonNumber("status_id").longValue());
        assertTrue(held.getBoolean("is_override"));

        HttpResponse<String> backwards = api.call(NORTH, NORTH_KEY, "Membership", "update", "{\"where\":[[\"id\",\"=\"," + id
                + "]],\"values\":{\"end_date\":\"" + today.minusYears(3) + "\"}}");
        assertEquals(400, refused(backwards));
        assertTrue(message(backwards).startsWith("end_date"), message(backwards));

        assertEquals(1, api.ok(NORTH, NORTH_KEY, "Membership", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}").getInt("count"));
    }

    @Test
    void aSharedDonorsMembershipsAreSeenOnlyByTheDomainTheyBelongTo() {
        long shona = contact(SOUTH, SOUTH_KEY, "Sharp");
        List<JsonObject> northSees = rows(NORTH, NORTH_KEY, "Membership", "{\"where\":[[\"contact_id\",\"=\"," + shona + "]]}");
        assertEquals(1, northSees.size(), "Shona, in both domain groups, holds North's membership: " + northSees);
        long northMembership = northSees.get(0).getJsonNumber("id").longValue();

        assertEquals(0, rows(SOUTH, SOUTH_KEY, "Membership", "{\"where\":[[\"contact_id\",\"=\"," + shona + "]]}").size(),
                "South sees Shona, not what she holds with North");
        assertEquals(0, rows(SOUTH, SOUTH_KEY, "Contact", "{\"select\":[\"id\"],\"join\":[[\"Membership AS m\",\"INNER\","
                + "[\"m.contact_id\",\"=\",\"id\"]]],\"where\":[[\"id\",\"=\"," + shona + "]]}").size(), "nor through a join");
        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Membership", "update", "{\"where\":[[\"id\",\"=\"," + northMembership
                + "]],\"values\":{\"source\":\"South was here\"}}").getInt("count"));
        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Membership", "delete", "{\"where\":[[\"id\",\"=\"," + northMembership + "]]}")
                .getInt("count"));

        long southMembership = api.firstId(SOUTH, SOUTH_KEY, "Membership", "create",
                "{\"values\":{\"contact_id\":" + shona + ",\"membership_type_id\":" + ownType(SOUTH, SOUTH_KEY) + "}}");
        assertEquals(List.of(northMembership), rows(NORTH, NORTH_KEY, "Membership", "{\"where\":[[\"contact_id\",\"=\"," + shona + "]]}")
                .stream().map(m -> m.getJsonNumber("id").longValue()).toList(), "and North does not see South's");
        api.ok(SOUTH, SOUTH_KEY, "Membership", "delete", "{\"where\":[[\"id\",\"=\"," + southMembership + "]]}");
    }

    @Test
    void anOrganisationsMembershipPassesToItsEmployeesWhileTheyWorkThere() {
        long type = ownType(NORTH, NORTH_KEY);
        long employeeOf = api.firstId(NORTH, NORTH_KEY, "RelationshipType", "get", "{\"where\":[[\"name_a_b\",\"=\",\"Employee of\"]]}");
        long ned = contact(NORTH, NORTH_KEY, "Nyberg");
        long nora = contact(NORTH, NORTH_KEY, "Northcott");
        long employer = api.firstId(NORTH, NORTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Organization\",\"organization_name\":\"North Works " + System.nanoTime() + "\"}}");
        api.ok(NORTH, NORTH_KEY, "MembershipType", "update", "{\"where\":[[\"id\",\"=\"," + type + "]],\"values\":{"
                + "\"relationship_type_id\":[" + employeeOf + "],\"relationship_direction\":[\"b_a\"],\"max_related\":1}}");
        try {
            long nedWorks = api.firstId(NORTH, NORTH_KEY, "Relationship", "create", "{\"values\":{\"contact_id_a\":" + ned
                    + ",\"contact_id_b\":" + employer + ",\"relationship_type_id\":" + employeeOf + "}}");
            api.firstId(NORTH, NORTH_KEY, "Relationship", "create", "{\"values\":{\"contact_id_a\":" + nora
                    + ",\"contact_id_b\":" + employer + ",\"relationship_type_id\":" + employeeOf + "}}");
            long primary = api.firstId(NORTH, NORTH_KEY, "Membership", "create",
                    "{\"values\":{\"contact_id\":" + employer + ",\"membership_type_id\":" + type + "}}");

            List<JsonObject> inherited = rows(NORTH, NORTH_KEY, "Membership", "{\"where\":[[\"owner_membership_id\",\"=\"," + primary + "]]}");
            assertEquals(1, inherited.size(), "max_related 1: the first employee inherits: " + inherited);
            assertEquals(ned, inherited.get(0).getJsonNumber("contact_id").longValue());
            long nedsMembership = inherited.get(0).getJsonNumber("id").longValue();

            String later = LocalDate.now().plusYears(2).toString();
            api.ok(NORTH, NORTH_KEY, "Membership", "update", "{\"where\":[[\"id\",\"=\"," + primary + "]],\"values\":{\"end_date\":\"" + later + "\"}}");
            assertEquals(later, rows(NORTH, NORTH_KEY, "Membership", "{\"where\":[[\"id\",\"=\"," + nedsMembership + "]]}")
                    .get(0).getString("end_date"), "the inherited membership follows the primary's dates");
            HttpResponse<String> byHand = api.call(NORTH, NORTH_KEY, "Membership", "update",
                    "{\"where\":[[\"id\",\"=\"," + nedsMembership + "]],\"values\":{\"source\":\"by hand\"}}");
            assertEquals(400, refused(byHand));
            assertTrue(message(byHand).startsWith("owner_membership_id"), message(byHand));

            api.ok(NORTH, NORTH_KEY, "Relationship", "update", "{\"where\":[[\"id\",\"=\"," + nedWorks + "]],\"values\":{\"is_active\":false}}");
            inherited = rows(NORTH, NORTH_KEY, "Membership", "{\"where\":[[\"owner_membership_id\",\"=\"," + primary + "]]}");
            assertEquals(List.of(nora), inherited.stream().map(m -> m.getJsonNumber("contact_id").longValue()).toList(),
                    "Ned left: his inherited membership goes and the next employee inherits");

            api.ok(NORTH, NORTH_KEY, "Membership", "delete", "{\"where\":[[\"id\",\"=\"," + primary + "]]}");
            assertEquals(0, rows(NORTH, NORTH_KEY, "Membership", "{\"where\":[[\"owner_membership_id\",\"=\"," + primary + "]]}").size(),
                    "inherited memberships go with the primary");
        } finally {
            api.ok(NORTH, NORTH_KEY, "MembershipType", "update", "{\"where\":[[\"id\",\"=\"," + type + "]],\"values\":{"
                    + "\"relationship_type_id\":null,\"relationship_direction\":null,\"max_related\":null}}");
        }
        HttpResponse<String> unpaired = api.call(NORTH, NORTH_KEY, "MembershipType", "update", "{\"where\":[[\"id\",\"=\"," + type
                + "]],\"values\":{\"relationship_type_id\":[" + employeeOf + "],\"relationship_direction\":[]}}");
        assertEquals(400, refused(unpaired));
        assertTrue(message(unpaired).startsWith("relationship_direction"), message(unpaired));
    }

    @Test
    void typesAreConfiguredByTheirDomainAndStatusesOnlyByHeadOffice() {
        HttpResponse<String> inUse = api.call(NORTH, NORTH_KEY, "MembershipType", "delete",
                "{\"where\":[[\"id\",\"=\"," + ownType(NORTH, NORTH_KEY) + "]]}");
        assertEquals(409, refused(inUse), "a type with memberships is not deleted");

        HttpResponse<String> badTerms = api.call(NORTH, NORTH_KEY, "MembershipType", "create",
                "{\"values\":{\"name\":\"Fixed\",\"member_of_contact_id\":" + contact(NORTH, NORTH_KEY, "Nyberg")
                        + ",\"duration_unit\":\"year\",\"duration_interval\":1,\"period_type\":\"fixed\"}}");
        assertEquals(400, refused(badTerms));
        assertTrue(message(badTerms).startsWith("fixed_period_start_day"), message(badTerms));

        HttpResponse<String> status = api.call(NORTH, NORTH_KEY, "MembershipStatus", "update",
                "{\"where\":[[\"name\",\"=\",\"Grace\"]],\"values\":{\"end_event_adjust_interval\":6}}");
        assertEquals(403, refused(status), "statuses are shared: changing one changes every domain's memberships");
    }
}
