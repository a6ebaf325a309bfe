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
 * Delegated user administration in Debian's headless Chromium: North's branch manager creates a login of
 * North, matches it to a contact, grants North's roles within what the manager holds (never South's, even
 * from a forged form), resets its password and deactivates it; the login changes its own password; South's manager cannot see it; head office
 * sees every domain's grants; a login other domains share is North's to see but head office's to manage.
 */
class UserAdministrationBrowserIT {

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
    void aBranchAdministratorCreatesALoginOfItsDomainAndGrantsOnlyItsOwnRoles() {
        long vera = api.firstId("north.localhost", "north-demo-key", "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Vera\",\"last_name\":\"Volunteer\"}}");
        browser.signIn(north(), "north", "north");
        assertTrue(browser.find("#menu").getAttribute("textContent").contains("Users and Permissions"));
        browser.open(north() + "admin/users.xhtml");
        browser.await("the logins of North", d -> browser.has("#logins"));
        String logins = browser.text("#logins");
        assertTrue(logins.contains("north") && logins.contains("clerk"), logins);
        assertFalse(logins.contains("south"), "South's manager holds nothing on North: " + logins);
        assertTrue(loginRow("admin").getText().contains("shared with other domains"), loginRow("admin").getText());
        assertEquals(List.of("Branch manager", "Staff"), browser.options("#create\\:role"),
                "North's manager holds no 'administer Multiple Organizations', so cannot hand out Administrator");
        assertAccessible("users");
        browser.screenshot("backoffice-users");

        browser.find("#create\\:username").sendKeys("vera.north");
        browser.find("#create\\:password").sendKeys("vera-secret-1");
        browser.choose("#create\\:role", "Staff");
        browser.find("#create\\:contact_id").sendKeys(String.valueOf(vera));
        browser.find("#create\\:create-login").click();
        browser.await("the new login's page", d -> browser.has("#login-name") && browser.text("#login-name").equals("vera.north"));
        long veraLogin = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(browser.text("#roles\\:grants").contains("Staff"), browser.text("#roles\\:grants"));
        assertTrue(browser.has("#contact\\:contact-link"), "matched to Vera on North");
        assertFalse(browser.has("#roles\\:domain"), "a branch grants on its own domain only: no domain to choose");

        // A forged field naming South is not part of North's form: the grant still lands on North.
        browser.driver().executeScript("const field = document.createElement('input'); field.type = 'hidden';"
                + "field.name = 'roles:domain'; field.value = '3'; document.getElementById('roles').appendChild(field);");
        browser.choose("#roles\\:role", "Branch manager");
        browser.find("#roles\\:grant").click();
        browser.await("the second role", d -> browser.text("#roles\\:grants").contains("Branch manager"));
        assertAccessible("user");
        browser.screenshot("backoffice-user");

        browser.find("#reset\\:password").sendKeys("short");
        browser.find("#reset\\:reset").click();
        browser.await("the password refused next to its field",
                d -> browser.has("#reset .ui-message-error") && browser.text("#reset .ui-message-error").contains("at least 8 characters"));
        browser.find("#reset\\:password").clear();
        browser.find("#reset\\:password").sendKeys("vera-secret-2");
        browser.find("#reset\\:reset").click();
        browser.await("the reset", d -> browser.bodyText().contains("Password reset"));

        try (Browser veras = new Browser()) {
            veras.signIn(north(), "vera.north", "vera-secret-2");
            assertEquals("vera.north", veras.text("#signed-in-as"));
            assertTrue(veras.find("#menu").getAttribute("textContent").contains("Users and Permissions"),
                    "a branch manager of North now");
            veras.find("#signed-in-as").click();
            veras.await("her account", d -> veras.has("#password-change\\:current_password"));
            veras.find("#password-change\\:current_password").sendKeys("not-her-password");
            veras.find("#password-change\\:password").sendKeys("vera-secret-3");
            veras.find("#password-change\\:change").click();
            veras.await("the wrong current password next to its field", d -> veras.has("#password-change .ui-message-error")
                    && veras.text("#password-change .ui-message-error").contains("does not match"));
            veras.find("#password-change\\:current_password").sendKeys("vera-secret-2");
            veras.find("#password-change\\:password").sendKeys("vera-secret-3");
            veras.find("#password-change\\:change").click();
            veras.await("the change", d -> veras.bodyText().contains("Password changed"));
            Axe.assertAccessible(veras, "my account");
            veras.screenshot("backoffice-my-account");
            assertEquals(200, server.send("north.localhost", "POST", "/api/login",
                    java.util.Map.of("Content-Type", Api4Client.FORM), "username=vera.north&password=vera-secret-3").statusCode());
            veras.open(server.browserUrl("south.localhost"));
            veras.submitSignIn("vera.north", "vera-secret-3");
            veras.await("the refusal on South", d -> veras.bodyText().contains("You have no access to Branch South"));
        }

        try (Browser admin = new Browser()) {
            admin.signIn(server.browserUrl("localhost"), "admin", "admin");
            admin.open(server.browserUrl("localhost") + "admin/users.xhtml");
            assertEquals("Branch North: Branch manager; Branch North: Staff", loginRow(admin, "vera.north")
                    .findElements(By.tagName("td")).get(1).getText().replaceAll("^Roles\\s*", ""),
                    "head office sees every grant, and none is South's");
        }

        try (Browser south = new Browser()) {
            south.signIn(server.browserUrl("south.localhost"), "south", "south");
            south.open(server.browserUrl("south.localhost") + "admin/users.xhtml");
            assertFalse(south.text("#logins").contains("vera.north"), south.text("#logins"));
            south.open(server.browserUrl("south.localhost") + "admin/user.xhtml?id=" + veraLogin);
            String foreign = south.bodyText();
            south.open(server.browserUrl("south.localhost") + "admin/user.xhtml?id=987654321");
            assertTrue(foreign.startsWith("404"), foreign);
            assertEquals(south.bodyText().replace("987654321", "#"), foreign.replace(String.valueOf(veraLogin), "#"),
                    "North's login is missing to South, exactly as one that never was");
        }

        browser.find("#status\\:deactivate").click();
        browser.await("the login deactivated", d -> browser.text("#login-status").equals("Deactivated"));
        try (Browser veras = new Browser()) {
            veras.open(north() + "login.xhtml");
            veras.submitSignIn("vera.north", "vera-secret-3");
            veras.await("the refusal", d -> veras.bodyText().contains("Wrong username or password"));
        }
    }

    @Test
    void aLoginOtherDomainsShareIsShownToTheBranchButManagedByHeadOffice() {
        browser.signIn(north(), "north", "north");
        browser.open(north() + "admin/users.xhtml");
        loginRow("admin").findElement(By.cssSelector("a.login-link")).click();
        browser.await("admin's page", d -> browser.has("#login-name"));
        assertTrue(browser.has("#shared-note"), browser.bodyText());
        assertFalse(browser.has("#reset\\:reset") || browser.has("#status\\:deactivate") || browser.has("#keys"),
                "only head office resets, deactivates or revokes the keys of a login South relies on too");
        assertEquals("Branch North", browser.text("#roles\\:grants td:first-child").replaceAll("^Domain\\s*", ""),
                "North sees its own grants to admin, not South's or head office's");
        assertFalse(browser.has("#roles\\:grants button"), "North cannot revoke the Administrator role it could not grant");
    }

    @Test
    void staffWithoutAdministerUsersGetTheForbiddenPage() {
        browser.signIn(north(), "clerk", "clerk");
        assertFalse(browser.find("#menu").getAttribute("textContent").contains("Users and Permissions"));
        browser.open(north() + "admin/users.xhtml");
        assertTrue(browser.bodyText().startsWith("403"), browser.bodyText());
    }

    private String north() {
        return server.browserUrl("north.localhost");
    }

    private WebElement loginRow(String username) {
        return loginRow(browser, username);
    }

    private static WebElement loginRow(Browser browser, String username) {
        return browser.driver().findElements(By.cssSelector("#logins_data tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("a.login-link")).getText().equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no login " + username + " in " + browser.text("#logins")));
    }

    private void assertAccessible(String page) {
        Axe.assertAccessible(browser, page);
    }
}
