package org.multisitecrm.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PrimeFaces landing page in Debian's headless Chromium: each site shows its own domain. */
class LandingPageBrowserIT {

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void openBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1200,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void eachSiteShowsItsDomainStyledByPrimeFaces() throws IOException {
        ServerProcess server = DemoServer.get();

        browser.get(server.browserUrl("north.localhost"));
        assertEquals("Branch North", browser.findElement(By.id("domain-name")).getText());
        assertEquals("Part of Head Office", browser.findElement(By.id("domain-parent")).getText());
        assertTrue(browser.getTitle().startsWith("Branch North"));
        // the PrimeFaces card is styled: its theme stylesheet loaded
        String cardBackground = browser.findElement(By.cssSelector(".ui-card")).getCssValue("background-color");
        assertEquals("rgba(255, 255, 255, 1)", cardBackground);
        Path shots = Files.createDirectories(Path.of(System.getProperty("crm.build.directory", "target"), "screenshots"));
        Files.write(shots.resolve("landing-north.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get(server.browserUrl("south.localhost"));
        assertEquals("Branch South", browser.findElement(By.id("domain-name")).getText());

        browser.get(server.browserUrl("localhost"));
        assertEquals("Head Office", browser.findElement(By.id("domain-name")).getText());
        assertTrue(browser.findElements(By.id("domain-parent")).isEmpty());
    }

    @Test
    void aMissingPageIsAShortPageWithoutAStackTrace() {
        ServerProcess server = DemoServer.get();
        browser.get(server.browserUrl("north.localhost") + "no-such-page.xhtml");
        String page = browser.findElement(By.tagName("body")).getText();
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
        browser.get(north);
        Object login = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/login', {method: 'POST', body: new URLSearchParams({username: 'north', password: 'north'})})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
        assertEquals(200L, login);
        Object own = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/civicrm/ajax/api4/Contact/get', {method: 'POST', body: new URLSearchParams({params: '{\"select\":[\"row_count\"]}'})})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
        assertEquals(200L, own, "a page of North posting to North with the session");

        browser.get(server.browserUrl("south.localhost"));
        browser.executeScript("const form = document.createElement('form');"
                + "form.method = 'POST'; form.action = arguments[0] + 'civicrm/ajax/api4/Contact/create';"
                + "const field = document.createElement('input'); field.name = 'params';"
                + "field.value = '{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Forged\",\"last_name\":\"InBrowser\"}}';"
                + "form.appendChild(field); document.body.appendChild(form); form.submit();", north);
        for (int i = 0; i < 100 && !browser.getCurrentUrl().contains("Contact/create"); i++) {
            Thread.sleep(100);
        }
        String answer = browser.findElement(By.tagName("body")).getText();
        assertTrue(answer.contains("\"error_code\""), answer);
        assertEquals(0, new Api4Client(server).ok("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"last_name\",\"=\",\"InBrowser\"]]}").getInt("count"));
    }
}
