package org.multisitecrm.web;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.NorthBrowserTest;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memberships and contributions in the back office, in Debian's headless Chromium: a membership opened
 * from the contact summary and renewed with its payment taken at the desk; an order paid in part, then
 * in full, then refunded on its contribution page; the domain's membership types, another domain's never
 * among them; another domain's membership as missing as one that never was.
 */
class MembershipPagesBrowserIT extends NorthBrowserTest {



    @Test
    void aMembershipOpenedFromItsContactIsRenewedAndPaidAtTheDesk() {
        long rita = api.firstId(NORTH, NORTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Rita\",\"last_name\":\"Renewer\"}}");
        long type = api.firstId(NORTH, NORTH_KEY, "MembershipType", "get", "{\"select\":[\"id\"]}");
        long membership = api.firstId(NORTH, NORTH_KEY, "Membership", "create",
                "{\"values\":{\"contact_id\":" + rita + ",\"membership_type_id\":" + type + "}}");
        String end = endDate(membership);

        browser.open(north() + "contact/view.xhtml?id=" + rita);
        browser.await("the summary", d -> browser.has("#tabs"));
        browser.driver().findElements(By.cssSelector("#tabs .ui-tabs-nav li")).stream()
                .filter(tab -> tab.getText().startsWith("Memberships")).findFirst().orElseThrow().click();
        browser.await("the membership's link", d -> browser.has(".tab-memberships .row-link") && browser.find(".tab-memberships .row-link").isDisplayed());
        browser.find(".tab-memberships .row-link").click();
        browser.await("the membership", d -> browser.has("#membership-title"));
        assertEquals("New", browser.text("#membership-status"));

        browser.choose("#renew\\:paid_with", "Paid now: Cash");
        browser.find("#renew\\:submit").click();
        browser.await("the renewal", d -> browser.bodyText().contains("Membership renewed and paid"));
        assertEquals(LocalDate.parse(end).plusYears(1).toString(), endDate(membership), "a current member's term runs on a year");
        assertTrue(browser.text("#term").endsWith(LocalDate.parse(end).plusYears(1).toString()), browser.text("#term"));
        assertAccessible("membership");
        browser.screenshot("backoffice-membership");

        browser.find("#payments .contribution-link").click();
        browser.await("the renewal's contribution", d -> browser.has("#contribution-status"));
        assertEquals("Completed", browser.text("#contribution-status"));
        assertEquals("0.00", browser.text("#owed"));
    }

    @Test
    void anOrderIsPaidInPartThenInFullThenRefundedOnItsContributionPage() {
        long olga = api.firstId(NORTH, NORTH_KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Olga\",\"last_name\":\"Owing\"}}");
        long type = api.firstId(NORTH, NORTH_KEY, "MembershipType", "get", "{\"select\":[\"id\"]}");
        long order = api.firstId(NORTH, NORTH_KEY, "Order", "create", "{\"contributionValues\":{\"contact_id\":" + olga
                + ",\"financial_type_id\":2},\"lineItems\":[{\"entity_table\":\"civicrm_membership\",\"entity_id.membership_type_id\":" + type
                + "},{\"unit_price\":10,\"label\":\"Gift\",\"financial_type_id\":1}]}");

        browser.open(north() + "contribution/view.xhtml?id=" + order);
        browser.await("the order", d -> browser.has("#contribution-status"));
        assertEquals("Pending", browser.text("#contribution-status"));
        assertEquals("35.00", browser.text("#owed"));
        assertTrue(browser.text("#lines").contains("Gift"), browser.text("#lines"));

        record("20", "Check");
        browser.await("the part payment", d -> browser.text("#contribution-status").equals("Partially paid"));
        assertEquals("15.00", browser.text("#owed"));
        record("20", "Cash");
        browser.await("the overpayment refused next to the amount", d -> browser.has("#payment .ui-message-error")
                && browser.text("#payment .ui-message-error").contains("15.00 is owed"));
        assertAccessible("contribution with a refusal");
        record("15", "Cash");
        browser.await("completion", d -> browser.text("#contribution-status").equals("Completed"));
        assertTrue(browser.text("#summary").replaceAll("\\s+", " ").contains("Received " + LocalDate.now()), "received when paid in full: " + browser.text("#summary"));
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot("backoffice-contribution");
        record("-35", "Cash");
        browser.await("the refund", d -> browser.text("#contribution-status").equals("Refunded"));
        assertEquals(3, browser.driver().findElements(By.cssSelector("#payments_data tr")).size());
    }

    @Test
    void theDomainsMembershipTypesAreItsOwnAndAnotherDomainsMembershipIsMissing() {
        assertTrue(browser.find("#menu").getAttribute("textContent").contains("Membership Types"));
        browser.open(north() + "membership/types.xhtml");
        browser.await("the types", d -> browser.has("#new-type\\:types"));
        String types = browser.text("#new-type\\:types");
        assertTrue(types.contains("North Member") && !types.contains("South Member") && !types.contains("Supporter"), types);
        String name = "North Family " + System.nanoTime() % 10000;
        browser.find("#new-type\\:name").sendKeys(name);
        browser.find("#new-type\\:minimum_fee").sendKeys("40");
        browser.find("#new-type\\:create").click();
        browser.await("the new type", d -> browser.text("#new-type\\:types").contains(name));
        assertAccessible("membership types");
        browser.screenshot("backoffice-membership-types");
        assertEquals(0, api.ok("south.localhost", "south-demo-key", "MembershipType", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"name\",\"=\",\"" + name + "\"]]}").getInt("count"));
        api.ok(NORTH, NORTH_KEY, "MembershipType", "delete", "{\"where\":[[\"name\",\"=\",\"" + name + "\"]]}"); // leave the shared server as found

        long southMembership = api.firstId("south.localhost", "south-demo-key", "Membership", "get", "{\"select\":[\"id\"]}");
        browser.open(north() + "membership/view.xhtml?id=" + southMembership);
        String foreign = browser.bodyText();
        browser.open(north() + "membership/view.xhtml?id=987654321");
        assertTrue(foreign.startsWith("404"), foreign);
        assertEquals(browser.bodyText().replace("987654321", "#"), foreign.replace(String.valueOf(southMembership), "#"));
        assertFalse(foreign.contains("Exception"), foreign);
    }

    private void record(String amount, String method) {
        browser.find("#payment\\:total_amount").clear();
        browser.find("#payment\\:total_amount").sendKeys(amount);
        browser.choose("#payment\\:payment_instrument_id", method);
        browser.find("#payment\\:record").click();
    }

    private String endDate(long membership) {
        return api.ok(NORTH, NORTH_KEY, "Membership", "get", "{\"select\":[\"end_date\"],\"where\":[[\"id\",\"=\"," + membership + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("end_date").substring(0, 10);
    }

    private String north() {
        return server.browserUrl(NORTH);
    }

    private void assertAccessible(String page) {
        Axe.assertAccessible(browser, page);
    }
}
