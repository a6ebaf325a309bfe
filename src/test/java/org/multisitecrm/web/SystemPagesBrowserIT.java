package org.multisitecrm.web;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.NorthBrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * System Status and Scheduled Jobs in Debian's headless Chromium: a warning the domain raised is listed
 * and hushed for a week from the page; a job is run now from the page and its run is in the log.
 */
class SystemPagesBrowserIT extends NorthBrowserTest {



    @Test
    void aWarningIsHushedFromTheStatusPage() {
        long page = api.firstId(NORTH, NORTH_KEY, "ContributionPage", "create", "{\"values\":{\"name\":\"status_page\",\"title\":\"Status page\","
                + "\"financial_type_id\":1}}");
        List<Long> processors = api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "get", "{\"select\":[\"id\"],\"where\":[[\"is_active\",\"=\",true]]}")
                .getJsonArray("values").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "update", "{\"where\":[[\"id\",\"IN\"," + processors + "]],\"values\":{\"is_active\":false}}");
        try {
            browser.open(menuLink("admin/status.xhtml"));
            browser.await("the checks", d -> browser.has("#status\\:checks"));
            assertTrue(browser.bodyText().contains("No active payment processor"), browser.bodyText());
            Axe.assertAccessible(browser, "system status");
            browser.driver().findElement(org.openqa.selenium.By.xpath(
                    "//tr[contains(., 'No active payment processor')]//button")).click();
            browser.await("the hush", d -> browser.bodyText().contains("hushed until"));
            assertTrue(browser.bodyText().contains("Hushed until"), browser.bodyText());
            browser.screenshot("backoffice-system-status");
        } finally {
            api.ok(NORTH, NORTH_KEY, "StatusPreference", "delete", "{\"where\":[[\"name\",\"=\",\"checkPaymentProcessors\"]]}");
            api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "update", "{\"where\":[[\"id\",\"IN\"," + processors + "]],\"values\":{\"is_active\":true}}");
            api.ok(NORTH, NORTH_KEY, "ContributionPage", "delete", "{\"where\":[[\"id\",\"=\"," + page + "]]}");
        }
    }

    @Test
    void aJobIsRunFromTheJobsPageAndLogged() {
        browser.open(menuLink("admin/jobs.xhtml"));
        browser.await("the jobs", d -> browser.has("#jobs\\:job-list"));
        assertTrue(browser.bodyText().contains("Update Membership Statuses"), browser.bodyText());
        browser.find("#jobs\\:job-list button").click();
        browser.await("the run", d -> browser.bodyText().contains("ran; its log is below"));
        assertTrue(browser.text("#jobs\\:log").contains("Update Membership Statuses"), browser.text("#jobs\\:log"));
        Axe.assertAccessible(browser, "scheduled jobs");
        browser.screenshot("backoffice-jobs");
    }
}
