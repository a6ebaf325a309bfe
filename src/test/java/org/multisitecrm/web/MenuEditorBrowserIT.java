package org.multisitecrm.web;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.NorthBrowserTest;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The menu editor in Debian's headless Chromium: North's manager adds an entry under Administer and it
 * is in North's menu from the next page, never in South's; an entry relabelled shows its new label.
 */
class MenuEditorBrowserIT extends NorthBrowserTest {

    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";


    @Test
    void anEntryAddedOnNorthIsInNorthsMenuOnly() {
        browser.open(server.browserUrl(NORTH) + "admin/menu.xhtml");
        browser.await("the editor", d -> browser.has("#menu-editor\\:entries"));
        Axe.assertAccessible(browser, "menu editor");
        browser.find("#new-entry\\:label").sendKeys("Branch settings");
        browser.choose("#new-entry\\:url", "civicrm/admin/setting");
        browser.choose("#new-entry\\:parent_id", "Administer");
        browser.find("#new-entry\\:add").click();
        browser.await("the new entry", d -> browser.bodyText().contains("Branch settings added"));
        try {
            browser.open(server.browserUrl(NORTH));
            browser.await("the menu", d -> browser.has("#menu"));
            assertTrue(menuHas("Branch settings"), "in North's menu from the next page");
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Navigation", "get", "{\"where\":[[\"label\",\"=\",\"Branch settings\"]]}").getInt("count"),
                    "South's menu is South's");
            browser.screenshot("backoffice-menu-editor");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Navigation", "delete", "{\"where\":[[\"label\",\"=\",\"Branch settings\"]]}");
        }
    }

    @Test
    void anEntryRelabelledShowsItsNewLabel() {
        browser.open(server.browserUrl(NORTH) + "admin/menu.xhtml");
        browser.await("the editor", d -> browser.has("#menu-editor\\:entries"));
        var label = browser.driver().findElements(By.cssSelector("#menu-editor input[id$=':label']")).stream()
                .filter(i -> "Reports Listing".equals(i.getAttribute("value"))).findFirst().orElseThrow();
        String saveId = label.getAttribute("id").replace(":label", ":save");
        label.clear();
        label.sendKeys("All reports");
        browser.driver().findElement(By.id(saveId)).click();
        try {
            browser.await("the save", d -> browser.bodyText().contains("All reports saved"));
            browser.open(server.browserUrl(NORTH));
            browser.await("the menu", d -> browser.has("#menu"));
            assertTrue(menuHas("All reports"), "the menu shows the new label");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Navigation", "update", "{\"where\":[[\"name\",\"=\",\"Reports Listing\"]],\"values\":{\"label\":\"Reports Listing\"}}");
        }
    }

    @Test
    void aSeparatorChosenInTheEditorSplitsTheMenu() {
        browser.open(server.browserUrl(NORTH) + "admin/menu.xhtml");
        browser.await("the editor", d -> browser.has("#menu-editor\\:entries"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#menu [role='separator']")).size(), "the default menu has none");
        var label = browser.driver().findElements(By.cssSelector("#menu-editor input[id$=':label']")).stream()
                .filter(i -> "Scheduled Jobs".equals(i.getAttribute("value"))).findFirst().orElseThrow();
        String row = label.getAttribute("id").replace(":label", "");
        browser.choose("#" + row.replace(":", "\\:") + "\\:separator", "Before");
        browser.driver().findElement(By.id(row + ":save")).click();
        try {
            browser.await("the save", d -> browser.bodyText().contains("Scheduled Jobs saved"));
            assertEquals("2", api.ok(NORTH, NORTH_KEY, "Navigation", "get", "{\"where\":[[\"name\",\"=\",\"Scheduled Jobs\"]]}")
                    .getJsonArray("values").getJsonObject(0).get("has_separator").toString());
            browser.open(server.browserUrl(NORTH));
            browser.await("the menu", d -> browser.has("#menu"));
            assertEquals(1, browser.driver().findElements(By.cssSelector("#menu [role='separator']")).size(),
                    () -> "a line before Scheduled Jobs: " + browser.find("#menu").getAttribute("outerHTML"));
        } finally {
            api.ok(NORTH, NORTH_KEY, "Navigation", "update", "{\"where\":[[\"name\",\"=\",\"Scheduled Jobs\"]],\"values\":{\"has_separator\":0}}");
        }
    }
}
