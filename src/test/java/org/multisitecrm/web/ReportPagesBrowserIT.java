package org.multisitecrm.web;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.NorthBrowserTest;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Reports pages in Debian's headless Chromium: reached from the Reports menu, the domain's reports
 * listed, the membership summary shown as a table and a chart counting the branch's own memberships,
 * with its CSV export a link away.
 */
class ReportPagesBrowserIT extends NorthBrowserTest {



    @Test
    void theMembershipSummaryIsListedUnderReportsAndShownWithItsChart() {
        browser.open(menuLink("report/list.xhtml"));

        browser.await("the listing", d -> browser.has("#instances"));
        assertTrue(browser.bodyText().contains("Membership Summary"), browser.bodyText());
        Axe.assertAccessible(browser, "report listing");

        browser.driver().findElements(By.linkText("Membership Summary")).get(0).click();
        browser.await("the report", d -> browser.has("#report-title"));
        assertEquals("Membership Summary", browser.text("#report-title"));
        int members = api.ok(NORTH, NORTH_KEY, "Membership", "get", "{\"select\":[\"row_count\"]}").getInt("count");
        int charted = browser.driver().findElements(By.cssSelector("#chart .chart-value")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText().trim())).sum();
        assertEquals(members, charted, "the chart counts North's memberships");
        assertTrue(browser.find("#csv").getAttribute("href").contains("/civicrm/report/instance/"), "the CSV export is a link away");
        Axe.assertAccessible(browser, "report");
        browser.screenshot("backoffice-report");
    }
}
