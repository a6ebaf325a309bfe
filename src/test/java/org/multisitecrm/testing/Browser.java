package org.multisitecrm.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Debian's headless Chromium driven by Selenium, for the browser tests: a profile of its own, 1280 px
 * wide unless resized, screenshots into {@code target/screenshots}, and waits that fail with what the
 * page showed.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String bodyText() {
        return text("body");
    }

    /** Waits up to ten seconds for the condition; on failure says what the page showed. */
    public <T> T await(String what, Function<ChromeDriver, T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T result = condition.apply(driver);
                if (result != null && !Boolean.FALSE.equals(result)) {
                    return result;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                last = e; // the page was being replaced: ask again
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited in vain for " + what + " on " + driver.getCurrentUrl() + ":\n" + bodyText(), last);
    }

    /** Signs in on a site's sign-in page and waits for the back office's frame. */
    public void signIn(String siteUrl, String username, String password) {
        open(siteUrl + "login.xhtml");
        submitSignIn(username, password);
        await("the home page", d -> has("#signed-in-as"));
    }

    /** Fills and posts the sign-in form already shown, whatever it answers. */
    public void submitSignIn(String username, String password) {
        await("the sign-in form", d -> has("#sign-in\\:username"));
        find("#sign-in\\:username").sendKeys(username);
        find("#sign-in\\:password").sendKeys(password);
        find("#sign-in\\:submit").click();
    }

    /** Chooses the option shown with this text in a select element. */
    public void choose(String selectCss, String optionText) {
        driver.findElements(By.cssSelector(selectCss + " option")).stream().filter(o -> o.getText().equals(optionText))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + optionText + "' in " + options(selectCss)))
                .click();
    }

    /** The texts of a select element's options, in order. */
    public java.util.List<String> options(String selectCss) {
        return driver.findElements(By.cssSelector(selectCss + " option")).stream().map(WebElement::getText).toList();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** A screenshot of the page as shown, under target/screenshots, for the README's pictures. */
    public Path screenshot(String name) {
        try {
            Path shots = Files.createDirectories(Path.of(System.getProperty("crm.build.directory", "target"), "screenshots"));
            Path file = shots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        Folders.deleteTree(profile);
    }
}
