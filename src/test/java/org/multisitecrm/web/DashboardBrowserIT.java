package org.multisitecrm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.Browser;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page's dashboard in Debian's headless Chromium: the domain's dashlets each user may see, in
 * their own layout (a dashlet hidden over the API is gone), filled with what the user sees.
 */
class DashboardBrowserIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);
    private Browser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private List<String> dashletTitles() {
        return browser.driver().findElements(By.cssSelector(".dashlet h2")).stream().map(WebElement::getText).toList();
    }

    @Test
    void eachUserSeesTheirDomainsDashletsInTheirOwnLayout() {
        assertEquals(Set.of("recent_contacts", "system_status", "report:member/summary", "report:contribute/summary"),
                Api4Client.column(api.ok(NORTH, NORTH_KEY, "Dashboard", "get", "{}"), "name"));
        long northStatus = api.firstId(NORTH, NORTH_KEY, "Dashboard", "get", "{\"where\":[[\"name\",\"=\",\"system_status\"]]}");
        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Dashboard", "get", "{\"where\":[[\"id\",\"=\"," + northStatus + "]]}").getInt("count"),
                "North's dashlets are North's");

        browser = new Browser();
        browser.signIn(server.browserUrl(NORTH), "north", "north");
        browser.await("the dashboard", d -> browser.has(".dashboard .dashlet"));
        List<String> titles = dashletTitles();
        assertTrue(titles.containsAll(List.of("Recently changed contacts", "System status", "Membership summary")), titles.toString());
        assertTrue(browser.bodyText().contains("North Member"), "the membership summary counts North's own types");
        Axe.assertAccessible(browser, "dashboard");
        browser.screenshot("backoffice-dashboard");

        long nina = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"first_name\",\"=\",\"Nina\"],[\"last_name\",\"=\",\"Manager\"]]}");
        long hidden = api.firstId(NORTH, NORTH_KEY, "DashboardContact", "create", "{\"values\":{\"dashboard_id\":" + northStatus
                + ",\"contact_id\":" + nina + ",\"is_active\":false}}");
        try {
            browser.open(server.browserUrl(NORTH));
            browser.await("the dashboard", d -> browser.has(".dashboard .dashlet"));
            assertFalse(dashletTitles().contains("System status"), "the user hid it in their layout");
        } finally {
            api.ok(NORTH, NORTH_KEY, "DashboardContact", "delete", "{\"where\":[[\"id\",\"=\"," + hidden + "]]}");
        }
        browser.close();

        browser = new Browser();
        browser.signIn(server.browserUrl(NORTH), "clerk", "clerk");
        browser.await("the dashboard", d -> browser.has(".dashboard .dashlet"));
        assertFalse(dashletTitles().contains("System status"), "system status is for those with 'administer CiviCRM'");
    }
}
