package org.multisitecrm.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Browser;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in page each site shows an anonymous visitor, in Debian's headless Chromium: each site its own domain. */
class LandingPageBrowserIT {

    private Browser browser;

    /** A browser of its own for each test: one signed in on a site must not change what the next test sees. */
    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void eachSiteShowsItsDomainStyledByPrimeFaces() {
        ServerProcess server = DemoServer.get();

        browser.open(server.browserUrl("north.localhost"));
        assertEquals("Branch North", browser.text("#domain-name"));
        assertEquals("Part of Head Office", browser.text("#domain-parent"));
        assertTrue(browser.driver().getTitle().contains("Branch North"), browser.driver().getTitle());
        // the PrimeFaces card is styled: its theme stylesheet loaded
        assertEquals("rgba(255, 255, 255, 1)", browser.find(".ui-card").getCssValue("background-color"));
        browser.screenshot("landing-north");

        browser.open(server.browserUrl("south.localhost"));
        assertEquals("Branch South", browser.text("#domain-name"));

        browser.open(server.browserUrl("localhost"));
        assertEquals("Head Office", browser.text("#domain-name"));
        assertFalse(browser.has("#domain-parent"));
    }

    @Test
    void aMissingPageIsTheSignInPageForAVisitorAndAShortPageWithoutAStackTraceForAUser() throws InterruptedException {
        ServerProcess server = DemoServer.get();
        browser.open(server.browserUrl("south.localhost") + "no-such-page.xhtml");
        assertTrue(browser.has("#sign-in"), "a visitor learns nothing of which pages exist");
        Object login = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/login', {method: 'POST', body: new URLSearchParams({username: 'south', password: 'south'})})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
        assertEquals(200L, login);
        browser.open(server.browserUrl("south.localhost") + "no-such-page.xhtml");
        String page = browser.bodyText();
        assertTrue(page.startsWith("404"), page);
        assertFalse(page.contains("Exception") || page.contains("at org.") || page.contains("Payara"), page);
    }

    /**
     * Signed in on North in the browser, the user visits a page of another site that posts a form to
     * North: the browser sends it, North changes nothing. The same user's own pages still work.
     */
    @Test
    void aFormPostedFromAnotherSiteChangesNothingWhileNorthsOwnPagesWork() throws InterruptedException {
        ServerProcess server = DemoServer.get();
        String north = server.browserUrl("north.localhost");
        browser.open(north);
        Object login = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/login', {method: 'POST', body: new URLSearchParams({username: 'north', password: 'north'})})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
        assertEquals(200L, login);
        Object own = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/civicrm/ajax/api4/Contact/get', {method: 'POST', body: new URLSearchParams({params: '{\"select\":[\"row_count\"]}'})})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
        assertEquals(200L, own, "a page of North posting to North with the session");

        browser.open(server.browserUrl("south.localhost"));
        browser.driver().executeScript("const form = document.createElement('form');"
                + "form.method = 'POST'; form.action = arguments[0] + 'civicrm/ajax/api4/Contact/create';"
                + "const field = document.createElement('input'); field.name = 'params';"
                + "field.value = '{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Forged\",\"last_name\":\"InBrowser\"}}';"
                + "form.appendChild(field); document.body.appendChild(form); form.submit();", north);
        for (int i = 0; i < 100 && !browser.driver().getCurrentUrl().contains("Contact/create"); i++) {
            Thread.sleep(100);
        }
        String answer = browser.bodyText();
        assertTrue(answer.contains("\"error_code\""), answer);
        assertEquals(0, new Api4Client(server).ok("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"last_name\",\"=\",\"InBrowser\"]]}").getInt("count"));
    }
}
