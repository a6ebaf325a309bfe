package org.multisitecrm.contributionpage;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.Browser;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * A domain's public contribution page, set up over APIv4 by North's manager and used in Debian's headless
 * Chromium by a visitor without a login: a membership and a gift paid by card through North's Dummy
 * processor, a declined card leaving nothing behind, a giver matched by email among North's contacts only,
 * and the seed's defect (a form offering another organisation's membership type) refused at set-up.
 */
class ContributionPageBrowserIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);
    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aVisitorJoinsAndGivesByCardAndADeclinedCardLeavesNothing() {
        long page = northPage("join-north-" + System.nanoTime());
        browser.open(server.browserUrl(NORTH) + "contribute/transact.xhtml?id=" + page);
        browser.await("the page, with no sign-in", d -> browser.has("#contribute\\:email"));
        assertEquals("Join Branch North", browser.text("#page-title"));
        assertEquals(List.of("No membership", "North Member: 25.00"), browser.options("#contribute\\:membership_type_id"));
        assertAccessible("contribution page");

        fill("Vic", "Visitor", "vic@example.org", "10", Year.now().getValue() + 2);
        browser.find("#contribute\\:submit").click();
        browser.await("the thank-you", d -> browser.has("#receipt"));
        assertTrue(browser.text("#receipt").matches("Paid 35\\.00 USD \\(transaction test_\\d+_\\w+\\)"), browser.text("#receipt"));
        browser.screenshot("contribution-page-thanks");

        long vic = contactWithEmail(NORTH, NORTH_KEY, "vic@example.org");
        JsonObject order = api.ok(NORTH, NORTH_KEY, "Contribution", "get", "{\"where\":[[\"contact_id\",\"=\"," + vic + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(1, order.getInt("contribution_status_id"), "paid in full: Completed");
        assertEquals(35.0, order.getJsonNumber("total_amount").doubleValue());
        JsonObject payment = api.ok(NORTH, NORTH_KEY, "Payment", "get", "{\"where\":[[\"contribution_id\",\"=\"," + order.getInt("id") + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("1111", payment.getString("pan_truncation"), "the card's last four digits, no more");
        assertTrue(payment.getString("trxn_id").startsWith("test_"), "North's test processor");
        assertEquals(1.5, payment.getJsonNumber("fee_amount").doubleValue(), "the Dummy processor's fee");
        assertEquals(1, api.ok(NORTH, NORTH_KEY, "Membership", "get", "{\"select\":[\"row_count\"],\"where\":[[\"contact_id\",\"=\"," + vic
                + "],[\"status_id\",\"IN\",[1,2]]]}").getInt("count"), "the membership is current");

        browser.open(server.browserUrl(NORTH) + "contribute/transact.xhtml?id=" + page);
        fill("Dee", "Declined", "declined@example.org", "5", Year.now().getValue() - 1);
        browser.find("#contribute\\:submit").click();
        browser.await("the decline next to the expiry", d -> browser.has("#contribute .ui-message-error")
                && browser.text("#contribute .ui-message-error").contains("declined"));
        assertAccessible("contribution page with a decline");
        browser.driver().executeScript("document.querySelector('#contribute .ui-message-error').scrollIntoView({block: 'center'})");
        browser.screenshot("contribution-page-declined");
        assertEquals(0, api.ok(NORTH, NORTH_KEY, "Email", "get", "{\"select\":[\"row_count\"],\"where\":[[\"email\",\"=\",\"declined@example.org\"]]}")
                .getInt("count"), "a declined card leaves no contact, order or membership behind");

        browser.find("#contribute\\:amount").clear();
        browser.find("#contribute\\:amount").sendKeys("a lot");
        browser.find("#contribute\\:credit_card_exp_date").clear();
        browser.find("#contribute\\:credit_card_exp_date").sendKeys("12");
        browser.find("#contribute\\:submit").click();
        browser.await("the amount refused next to its field", d -> browser.has("#contribute .ui-message-error")
                && browser.text("#contribute .ui-message-error").contains("is an amount"));
    }

    @Test
    void aGiverIsMatchedAmongTheDomainsContactsOnlyAndAPageIsItsDomainsAlone() {
        long page = northPage("give-north-" + System.nanoTime());
        long sara = contactWithEmail(SOUTH, SOUTH_KEY, "sara@example.org");
        long southGifts = api.ok(SOUTH, SOUTH_KEY, "Contribution", "get", "{\"select\":[\"row_count\"],\"where\":[[\"contact_id\",\"=\"," + sara + "]]}")
                .getInt("count");

        browser.open(server.browserUrl(NORTH) + "contribute/transact.xhtml?id=" + page);
        browser.await("the page", d -> browser.has("#contribute\\:email"));
        browser.choose("#contribute\\:membership_type_id", "No membership");
        fill("Sara", "Southey", "sara@example.org", "7", Year.now().getValue() + 1);
        browser.find("#contribute\\:submit").click();
        browser.await("the thank-you", d -> browser.has("#receipt"));

        long northsSara = contactWithEmail(NORTH, NORTH_KEY, "sara@example.org");
        assertFalse(northsSara == sara, "South's Sara is not North's to match: North has a contact of its own");
        assertEquals(southGifts, api.ok(SOUTH, SOUTH_KEY, "Contribution", "get", "{\"select\":[\"row_count\"],\"where\":[[\"contact_id\",\"=\","
                + sara + "]]}").getInt("count"), "nothing was added to South's Sara");

        browser.open(server.browserUrl(SOUTH) + "contribute/transact.xhtml?id=" + page);
        assertTrue(browser.bodyText().startsWith("404"), "North's page does not exist on South's site: " + browser.bodyText());
    }

    @Test
    void aPageOffersItsDomainsOwnMembershipTypesAndProcessorsOnly() {
        long southType = api.firstId(SOUTH, SOUTH_KEY, "MembershipType", "get", "{\"select\":[\"id\"]}");
        long southProcessor = api.firstId(SOUTH, SOUTH_KEY, "PaymentProcessor", "get", "{\"select\":[\"id\"]}");
        HttpResponse<String> foreignProcessor = api.call(NORTH, NORTH_KEY, "ContributionPage", "create",
                "{\"values\":{\"name\":\"borrowed\",\"title\":\"Borrowed\",\"financial_type_id\":1,\"payment_processor\":[" + southProcessor + "]}}");
        assertEquals(400, refused(foreignProcessor));
        assertEquals("payment_processor: no active PaymentProcessor has id " + southProcessor, message(foreignProcessor));
        long page = northPage("own-north-" + System.nanoTime());
        HttpResponse<String> foreignType = api.call(NORTH, NORTH_KEY, "MembershipBlock", "create",
                "{\"values\":{\"entity_id\":" + page + ",\"membership_types\":[" + southType + "]}}");
        assertEquals(400, refused(foreignType), "CiviCRM's form allows another organisation's type; here it does not exist");
        assertTrue(message(foreignType).startsWith("membership_types: no active MembershipType has id " + southType), message(foreignType));
        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "ContributionPage", "get", "{\"where\":[[\"id\",\"=\"," + page + "]]}").getInt("count"));
    }

    /** North's page selling its membership type and taking gifts between 1 and 1000 through its Dummy processor. */
    private long northPage(String name) {
        long processor = api.firstId(NORTH, NORTH_KEY, "PaymentProcessor", "get", "{\"select\":[\"id\"]}");
        long type = api.firstId(NORTH, NORTH_KEY, "MembershipType", "get", "{\"select\":[\"id\"]}");
        long page = api.firstId(NORTH, NORTH_KEY, "ContributionPage", "create", "{\"values\":{\"name\":\"" + name
                + "\",\"title\":\"Join Branch North\",\"intro_text\":\"Support the northern branch.\",\"financial_type_id\":2,"
                + "\"payment_processor\":[" + processor + "],\"min_amount\":1,\"max_amount\":1000}}");
        api.ok(NORTH, NORTH_KEY, "MembershipBlock", "create", "{\"values\":{\"entity_id\":" + page + ",\"membership_types\":[" + type
                + "],\"membership_type_default\":" + type + "}}");
        return page;
    }

    private void fill(String first, String last, String email, String amount, int expiryYear) {
        browser.find("#contribute\\:first_name").sendKeys(first);
        browser.find("#contribute\\:last_name").sendKeys(last);
        browser.find("#contribute\\:email").sendKeys(email);
        browser.find("#contribute\\:amount").sendKeys(amount);
        browser.find("#contribute\\:credit_card_number").sendKeys("4111 1111 1111 1111");
        browser.find("#contribute\\:credit_card_exp_date").sendKeys("12");
        browser.find("#contribute\\:expiry_year").sendKeys(String.valueOf(expiryYear));
        browser.find("#contribute\\:cvv2").sendKeys("123");
    }

    private long contactWithEmail(String host, String key, String email) {
        return api.ok(host, key, "Email", "get", "{\"select\":[\"contact_id\"],\"where\":[[\"email\",\"=\",\"" + email + "\"]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("contact_id").longValue();
    }

    private void assertAccessible(String page) {
        Axe.assertAccessible(browser, page);
    }
}
