package org.multisitecrm.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
}
