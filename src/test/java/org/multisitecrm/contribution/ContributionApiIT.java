package org.multisitecrm.contribution;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Contributions over APIv4 on the demo server with the shipped table (contributions shared, as in
 * CiviCRM): they follow the contact, so a donor both branches see has every gift seen by both, and a
 * branch's own donor's gifts are its alone. The per-domain configuration is {@code SeparationFlipIT}'s.
 */
class ContributionApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long contact(String lastName) {
        return api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"" + lastName + "\"]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private Set<String> sources(String host, String key, long contactId) {
        return Api4Client.column(api.ok(host, key, "Contribution", "get", "{\"where\":[[\"contact_id\",\"=\"," + contactId + "]]}"), "source");
    }

    @Test
    void sharedBooksFollowTheContact() {
        long shona = contact("Sharp");
        long nora = contact("Northcott");
        assertEquals(Set.of("North membership dues", "South appeal"), sources(NORTH, NORTH_KEY, shona));
        assertEquals(Set.of("North membership dues", "South appeal"), sources(SOUTH, SOUTH_KEY, shona),
                "a donor both branches see: both see every gift, as CiviCRM does");
        assertEquals(Set.of("North appeal"), sources(NORTH, NORTH_KEY, nora));
        assertEquals(Set.of(), sources(SOUTH, SOUTH_KEY, nora), "North's own donor's gifts are North's");
    }

    @Test
    void aRecordedGiftIsCompletedInTheDomainsCurrencyWithItsNetDerived() {
        JsonObject gift = api.ok(NORTH, NORTH_KEY, "Contribution", "create", "{\"values\":{\"contact_id\":" + contact("Nyberg")
                + ",\"financial_type_id\":1,\"total_amount\":\"12.50\",\"fee_amount\":0.5,\"payment_instrument_id\":3}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("USD", gift.getString("currency"), "the domain's defaultCurrency");
        assertEquals(12.0, gift.getJsonNumber("net_amount").doubleValue());
        assertEquals(1, gift.getJsonNumber("contribution_status_id").longValue(), "Completed");
        long id = gift.getJsonNumber("id").longValue();

        HttpResponse<String> status = api.call(NORTH, NORTH_KEY, "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"contribution_status_id\":99}}");
        assertEquals(400, refused(status));
        assertTrue(message(status).startsWith("contribution_status_id"), message(status));
        HttpResponse<String> fee = api.call(NORTH, NORTH_KEY, "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"fee_amount\":20}}");
        assertEquals(400, refused(fee));
        assertTrue(message(fee).startsWith("fee_amount"), message(fee));
        HttpResponse<String> net = api.call(NORTH, NORTH_KEY, "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"net_amount\":1}}");
        assertEquals(400, refused(net), "the net amount is derived");
        JsonObject paid = api.ok(NORTH, NORTH_KEY, "Payment", "get", "{\"where\":[[\"contribution_id\",\"=\"," + id + "]]}");
        assertEquals(1, paid.getInt("count"), "a gift recorded as Completed is paid in full, as CiviCRM records it");
        assertEquals(12.5, paid.getJsonArray("values").getJsonObject(0).getJsonNumber("total_amount").doubleValue());
        HttpResponse<String> byHand = api.call(NORTH, NORTH_KEY, "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"contribution_status_id\":7}}");
        assertEquals(400, refused(byHand), "Refunded follows the payments");
        assertTrue(message(byHand).contains("Payment.create"), message(byHand));
        api.ok(NORTH, NORTH_KEY, "Payment", "create", "{\"values\":{\"contribution_id\":" + id + ",\"total_amount\":-12.5}}");
        JsonObject refunded = api.ok(NORTH, NORTH_KEY, "Contribution", "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(7, refunded.getJsonNumber("contribution_status_id").longValue(), "a refund of everything paid: Refunded");
        assertEquals(12.5, refunded.getJsonNumber("total_amount").doubleValue(), "an update keeps what it does not send");

        List<JsonObject> fields = api.ok(NORTH, NORTH_KEY, "Contribution", "getFields", "{\"loadOptions\":true}").getJsonArray("values")
                .getValuesAs(JsonObject.class);
        JsonObject statusField = fields.stream().filter(f -> f.getString("name").equals("contribution_status_id")).findFirst().orElseThrow();
        assertEquals("contribution_status", statusField.getJsonObject("pseudoconstant").getString("optionGroupName"));
        assertTrue(statusField.getJsonObject("options").size() >= 10, statusField.toString());
        api.ok(NORTH, NORTH_KEY, "Contribution", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}");
    }

    @Test
    void aGiftNeedsAContactTheBranchSeesAndAKindOfMoney() {
        long sara = Api4Client.json(api.call(SOUTH, SOUTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Southey\"]]}").body())
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> notSeen = api.call(NORTH, NORTH_KEY, "Contribution", "create",
                "{\"values\":{\"contact_id\":" + sara + ",\"financial_type_id\":1,\"total_amount\":5}}");
        assertEquals(400, refused(notSeen));
        assertEquals("contact_id: no Contact has id " + sara, message(notSeen));
        HttpResponse<String> noType = api.call(NORTH, NORTH_KEY, "Contribution", "create",
                "{\"values\":{\"contact_id\":" + contact("Nyberg") + ",\"total_amount\":5}}");
        assertEquals(400, refused(noType));
        assertTrue(message(noType).startsWith("financial_type_id"), message(noType));
    }
}
