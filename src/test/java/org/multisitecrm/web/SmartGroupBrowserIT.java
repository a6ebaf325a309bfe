package org.multisitecrm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.Browser;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smart groups and group organisations in Debian's headless Chromium: a search saved as a smart group,
 * a smart group made from a saved search, their matching contacts as the user sees them, and the
 * organisation links that decide which domain sees a group, which head office alone changes.
 */
class SmartGroupBrowserIT {

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
    void aSearchIsSavedAsASmartGroupWhoseMembersAreWhatItFindsForThisUser() {
        browser.signIn(north(), "north", "north");
        browser.open(north() + "contact/search.xhtml");
        assertFalse(browser.has("#smart-group\\:title"), "nothing to save before a search");
        browser.find("#search\\:q").sendKeys("Nyberg");
        browser.await("the smart group form", d -> browser.has("#smart-group\\:title"));
        browser.find("#smart-group\\:title").sendKeys("Nyberg watch");
        browser.find("#smart-group\\:save").click();
        browser.await("the smart group", d -> browser.has("#group-title") && browser.text("#group-title").equals("Nyberg watch"));
        assertTrue(browser.text(".record-header").contains("Smart group"), browser.text(".record-header"));
        assertTrue(texts("#smart\\:matches .match-link").contains("Nyberg, Ned"), texts("#smart\\:matches .match-link").toString());
        assertTrue(texts("#smart\\:matches .match-link").stream().allMatch(name -> name.contains("Nyberg")));
        assertTrue(browser.text("#organizations").contains("Branch North"), "a branch's new group is its organisation's");
        assertFalse(browser.has("#organizations\\:organization-query"), "only head office links groups to organisations");
        assertAccessible("smart group");
        browser.screenshot("backoffice-smart-group");
        assertEquals(0, api.ok("south.localhost", "south-demo-key", "Group", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"title\",\"=\",\"Nyberg watch\"]]}").getInt("count"), "South does not see it");

        api.ok("north.localhost", "north-demo-key", "SavedSearch", "create", "{\"values\":{\"name\":\"northcotts\",\"label\":\"The Northcotts\","
                + "\"api_entity\":\"Contact\",\"api_params\":{\"where\":[[\"last_name\",\"=\",\"Northcott\"]]}}}");
        browser.open(north() + "group/groups.xhtml");
        assertFalse(browser.options("#new-group\\:saved_search_id").contains("Nyberg watch"), "a saved search serves one group");
        browser.find("#new-group\\:title").sendKeys("Northcott family");
        browser.choose("#new-group\\:saved_search_id", "The Northcotts");
        browser.find("#new-group\\:create").click();
        browser.await("the group from the saved search", d -> browser.has("#group-title")
                && browser.text("#group-title").equals("Northcott family"));
        assertTrue(texts("#smart\\:matches .match-link").contains("Northcott, Nora"), texts("#smart\\:matches .match-link").toString());
        assertTrue(texts("#smart\\:matches .match-link").stream().allMatch(name -> name.startsWith("Northcott, ")));
    }

    @Test
    void headOfficeLinksAGroupToAnotherDomainsOrganisationAndThatDomainThenSeesIt() {
        long group = api.firstId("north.localhost", "north-demo-key", "Group", "create",
                "{\"values\":{\"name\":\"north_choir\",\"title\":\"North choir\"}}");
        browser.signIn(server.browserUrl("localhost"), "admin", "admin");
        browser.open(server.browserUrl("localhost") + "group/view.xhtml?id=" + group);
        browser.await("the group", d -> browser.has("#organizations\\:organization-query"));
        browser.find("#organizations\\:organization-query").sendKeys("Branch South");
        browser.find("#organizations\\:find-organization").click();
        browser.await("Branch South to link", d -> browser.has("#organizations .candidates button"));
        browser.find("#organizations .candidates button").click();
        browser.await("the link", d -> browser.bodyText().contains("Group linked to the organisation"));
        assertEquals(1, southSees("North choir"), "linked to South's organisation, the group is South's to see");
        assertAccessible("group with organisations");

        WebElement southLink = browser.driver().findElements(By.cssSelector("#organizations .organization-links li")).stream()
                .filter(li -> li.getText().contains("Branch South")).findFirst().orElseThrow();
        southLink.findElement(By.cssSelector("button")).click();
        browser.await("the link ended", d -> browser.bodyText().contains("Link ended"));
        assertEquals(0, southSees("North choir"));
    }

    private long southSees(String title) {
        return api.ok("south.localhost", "south-demo-key", "Group", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"title\",\"=\",\"" + title + "\"]]}").getInt("count");
    }

    private String north() {
        return server.browserUrl("north.localhost");
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private void assertAccessible(String page) {
        Axe.assertAccessible(browser, page);
    }
}
