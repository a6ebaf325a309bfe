package org.multisitecrm.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/**
 * A back-office page test on the shared demo server, in Debian's headless Chromium, signed in as North's
 * manager, with the API beside it for setting up and checking; and the menu's links as a user reaches them.
 */
public abstract class NorthBrowserTest {

    protected static final String NORTH = "north.localhost";
    protected static final String NORTH_KEY = "north-demo-key";

    protected final ServerProcess server = DemoServer.get();
    protected final Api4Client api = new Api4Client(server);
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
        browser.signIn(server.browserUrl(NORTH), "north", "north");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The address the menu's entry for a page leads to: the page must be reachable from the menu. */
    protected String menuLink(String page) {
        browser.await("the menu", d -> browser.has("#menu"));
        return browser.driver().findElements(By.cssSelector("#menu a")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h != null && h.contains(page)).findFirst().orElseThrow(() -> new AssertionError(page + " is in the menu"));
    }

    /** Whether the menu has an entry with this label. */
    protected boolean menuHas(String label) {
        browser.await("the menu", d -> browser.has("#menu"));
        return browser.driver().findElements(By.cssSelector("#menu a")).stream()
                .anyMatch(a -> label.equals(a.getAttribute("textContent").trim()));
    }
}
