package org.multisitecrm.order;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * CiviCRM's order flow over APIv4 on the demo server: Order.create makes a pending contribution with its
 * line items and pending memberships; Payment.create pays it in part, then in full (the memberships
 * become current), and gives it back (they are cancelled). Another domain's membership type is refused
 * naming the line, a refusal anywhere leaves nothing, a renewal extends the membership it names, and a
 * payment recorded by the other branch of a shared donor still fulfils the branch's order.
 */
class OrderApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final long PENDING = 2;
    private static final long PARTIALLY_PAID = 8;
    private static final long COMPLETED = 1;
    private static final long REFUNDED = 7;

    private final Api4Client api = new Api4Client(DemoServer.get());

    @Test
    void anOrderIsPendingUntilPaidInFullThenItsMembershipIsCurrentUntilRefunded() {
        long olive = person(NORTH, NORTH_KEY, "Olive", "Order");
        long type = northType();
        JsonObject order = placeOrder(NORTH, NORTH_KEY, olive, "[{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":"
                + type + "},{\"label\":\"Gift\",\"unit_price\":10,\"financial_type_id\":1}]");
        long id = order.getJsonNumber("id").longValue();
        assertEquals(PENDING, status(id), "an order is Pending until paid");
        assertEquals(35.0, order.getJsonNumber("total_amount").doubleValue(), "25 of dues and a gift of 10");
        assertFalse(order.getString("invoice_id").isBlank(), "an invoice id is generated");
        assertEquals(Set.of("25.00", "10.00"), money(api.ok(NORTH, NORTH_KEY, "LineItem", "get",
                "{\"where\":[[\"contribution_id\",\"=\"," + id + "]]}"), "line_total"));
        long membership = membershipOf(id);
        assertEquals("Pending", membershipStatus(membership));

        pay(id, "20");
        assertEquals(PARTIALLY_PAID, status(id));
        assertEquals("Pending", membershipStatus(membership), "nothing is bought before the order is paid in full");
        HttpResponse<String> over = api.call(NORTH, NORTH_KEY, "Payment", "create",
                "{\"values\":{\"contribution_id\":" + id + ",\"total_amount\":20}}");
        assertEquals(400, refused(over));
        assertEquals("total_amount: pays 20.00 but 15.00 is owed", message(over));
        pay(id, "15");
        assertEquals(COMPLETED, status(id));
        assertEquals("New", membershipStatus(membership), "paid: the status its dates give");

        HttpResponse<String> byHand = api.call(NORTH, NORTH_KEY, "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"contribution_status_id\":3}}");
        assertEquals(400, refused(byHand), "a paid order is not cancelled by hand: " + byHand.body());
        assertEquals(400, refused(api.call(NORTH, NORTH_KEY, "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"total_amount\":1}}")), "its total is its lines'");
        assertEquals(400, refused(api.call(NORTH, NORTH_KEY, "Payment", "delete", "{\"where\":[[\"contribution_id\",\"=\"," + id + "]]}")));

        pay(id, "-35");
        assertEquals(REFUNDED, status(id));
        assertEquals("Cancelled", membershipStatus(membership), "given back: what it bought ends");
        assertEquals(Set.of("20.00", "15.00", "-35.00"), money(api.ok(NORTH, NORTH_KEY, "Payment", "get",
                "{\"where\":[[\"contribution_id\",\"=\"," + id + "]]}"), "total_amount"));
    }

    @Test
    void anotherDomainsMembershipTypeIsRefusedNamingTheLineAndNothingIsWritten() {
        long pat = person(NORTH, NORTH_KEY, "Pat", "Partial");
        long southType = api.firstId(SOUTH, SOUTH_KEY, "MembershipType", "get", "{\"select\":[\"id\"]}");
        HttpResponse<String> foreign = api.call(NORTH, NORTH_KEY, "Order", "create", order(pat,
                "[{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":" + northType() + "},"
                        + "{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":" + southType + "}]"));
        assertEquals(400, refused(foreign));
        assertEquals("lineItems[1].entity_id.membership_type_id: no MembershipType has id " + southType, message(foreign),
                "South's type is as missing to North as one that never was");
        HttpResponse<String> badQty = api.call(NORTH, NORTH_KEY, "Order", "create", order(pat,
                "[{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":" + northType() + "},"
                        + "{\"unit_price\":5,\"qty\":-1,\"financial_type_id\":1}]"));
        assertEquals(400, refused(badQty));
        assertTrue(message(badQty).startsWith("lineItems[1].qty"), message(badQty));
        assertEquals(400, refused(api.call(NORTH, NORTH_KEY, "Order", "create", order(pat, "[{\"unit_price\":5,\"colour\":\"red\"}]"))));
        assertEquals(0, count(NORTH, NORTH_KEY, "Membership", pat), "the first line's membership went with the refusal");
        assertEquals(0, count(NORTH, NORTH_KEY, "Contribution", pat));
    }

    @Test
    void aFreeOrderIsCompletedAtOnceAndARenewalExtendsTheMembershipItNames() {
        long fay = person(NORTH, NORTH_KEY, "Fay", "Free");
        JsonObject free = placeOrder(NORTH, NORTH_KEY, fay, "[{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":"
                + northType() + ",\"unit_price\":0}]");
        long id = free.getJsonNumber("id").longValue();
        assertEquals(COMPLETED, status(id), "nothing is owed on a free order");
        long membership = membershipOf(id);
        assertEquals("New", membershipStatus(membership));
        String end = field(membership, "end_date");

        JsonObject renewal = placeOrder(NORTH, NORTH_KEY, fay, "[{\"entity_table\":\"civicrm_membership\",\"entity_id\":" + membership + "}]");
        long renewalId = renewal.getJsonNumber("id").longValue();
        assertEquals(25.0, renewal.getJsonNumber("total_amount").doubleValue(), "the type's fee");
        assertEquals(end, field(membership, "end_date"), "not renewed before it is paid");
        pay(renewalId, "25");
        assertEquals(LocalDate.parse(end.substring(0, 10)).plusYears(1).toString(), field(membership, "end_date").substring(0, 10),
                "a current member's renewal runs on from the old end date");
    }

    @Test
    void aPaymentTheOtherBranchRecordsForASharedDonorFulfilsTheBranchsOrder() {
        long shared = person(NORTH, NORTH_KEY, "Sian", "Shared");
        long southGroup = api.ok(SOUTH, SOUTH_KEY, "Setting", "get", "{\"select\":[\"domain_group_id\"]}").getJsonArray("values")
                .getJsonObject(0).getJsonNumber("value").longValue();
        api.ok(SOUTH, "admin-demo-key", "GroupContact", "create", "{\"values\":{\"group_id\":" + southGroup + ",\"contact_id\":" + shared
                + ",\"status\":\"Added\"}}");
        JsonObject order = placeOrder(NORTH, NORTH_KEY, shared, "[{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":"
                + northType() + "}]");
        long id = order.getJsonNumber("id").longValue();
        long membership = membershipOf(id);
        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "MembershipPayment", "get", "{\"where\":[[\"contribution_id\",\"=\"," + id + "]]}")
                .getInt("count"), "North's membership payments are North's");
        api.ok(SOUTH, SOUTH_KEY, "Payment", "create", "{\"values\":{\"contribution_id\":" + id + ",\"total_amount\":25}}");
        assertEquals(COMPLETED, status(id));
        assertEquals("New", membershipStatus(membership), "North's membership follows the payment South recorded");

        long nora = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"select\":[\"id\"],\"where\":[[\"last_name\",\"=\",\"Northcott\"]]}");
        long norasOrder = placeOrder(NORTH, NORTH_KEY, nora, "[{\"unit_price\":5,\"financial_type_id\":1}]").getJsonNumber("id").longValue();
        HttpResponse<String> unseen = api.call(SOUTH, SOUTH_KEY, "Payment", "create",
                "{\"values\":{\"contribution_id\":" + norasOrder + ",\"total_amount\":5}}");
        HttpResponse<String> missing = api.call(SOUTH, SOUTH_KEY, "Payment", "create",
                "{\"values\":{\"contribution_id\":987654321,\"total_amount\":5}}");
        assertEquals(400, refused(unseen));
        assertEquals(message(missing).replace("987654321", "#"), message(unseen).replace(String.valueOf(norasOrder), "#"),
                "North's own donor's order is as missing to South as one that never was");
    }

    private JsonObject placeOrder(String host, String key, long contactId, String lineItems) {
        return api.ok(host, key, "Order", "create", order(contactId, lineItems)).getJsonArray("values").getJsonObject(0);
    }

    private static String order(long contactId, String lineItems) {
        return "{\"contributionValues\":{\"contact_id\":" + contactId + ",\"financial_type_id\":2},\"lineItems\":" + lineItems + "}";
    }

    private void pay(long contributionId, String amount) {
        api.ok(NORTH, NORTH_KEY, "Payment", "create", "{\"values\":{\"contribution_id\":" + contributionId + ",\"total_amount\":" + amount
                + ",\"payment_instrument_id\":4,\"trxn_id\":\"chq-" + contributionId + "-" + amount + "\"}}");
    }

    private long status(long contributionId) {
        return api.ok(NORTH, NORTH_KEY, "Contribution", "get", "{\"where\":[[\"id\",\"=\"," + contributionId + "]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("contribution_status_id").longValue();
    }

    private long membershipOf(long contributionId) {
        return api.ok(NORTH, NORTH_KEY, "MembershipPayment", "get", "{\"where\":[[\"contribution_id\",\"=\"," + contributionId + "]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("membership_id").longValue();
    }

    private String membershipStatus(long membershipId) {
        long statusId = Long.parseLong(field(membershipId, "status_id"));
        return api.ok(NORTH, NORTH_KEY, "MembershipStatus", "get", "{\"where\":[[\"id\",\"=\"," + statusId + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("name");
    }

    private String field(long membershipId, String name) {
        JsonObject row = api.ok(NORTH, NORTH_KEY, "Membership", "get", "{\"select\":[\"" + name + "\"],\"where\":[[\"id\",\"=\","
                + membershipId + "]]}").getJsonArray("values").getJsonObject(0);
        return row.get(name).toString().replace("\"", "");
    }

    private long northType() {
        return api.firstId(NORTH, NORTH_KEY, "MembershipType", "get", "{\"select\":[\"id\"]}");
    }

    private long person(String host, String key, String first, String last) {
        return api.firstId(host, key, "Contact", "create", "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"" + first
                + "\",\"last_name\":\"" + last + "\"}}");
    }

    private long count(String host, String key, String entity, long contactId) {
        return api.ok(host, key, entity, "get", "{\"select\":[\"row_count\"],\"where\":[[\"contact_id\",\"=\"," + contactId + "]]}")
                .getInt("count");
    }

    private static Set<String> money(JsonObject result, String field) {
        return result.getJsonArray("values").stream().map(v -> v.asJsonObject().getJsonNumber(field).bigDecimalValue()
                .setScale(2).toPlainString()).collect(java.util.stream.Collectors.toSet());
    }
}
