package org.multisitecrm.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Axe;
import org.multisitecrm.testing.Browser;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.NorthContacts;
import org.multisitecrm.testing.ServerProcess;
import org.openqa.selenium.Keys;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office in Debian's headless Chromium, on a server of its own whose Branch North holds
 * 10,000 more contacts: signing in per site, the contact search paged on the server, the summary and
 * the edit form with its messages, another domain's contact as not found, a forged cross-site form,
 * the phone width, and axe-core's check of each main page. Screenshots go to target/screenshots.
 */
class BackOfficeBrowserIT {

    private static final int EXTRA_NORTH_CONTACTS = 10_000;

    private static ServerProcess server;
    private static Api4Client api;
    private Browser browser;

    @BeforeAll
    static void startServerWithTenThousandNorthContacts() throws SQLException, java.io.IOException {
        String[] db = TestDatabase.urlUserPassword("it-backoffice-db");
        Path data = Path.of(System.getProperty("crm.build.directory", "target"), "it-backoffice-data");
        Folders.deleteTree(data);
        Path settings = java.nio.file.Files.createDirectories(data.resolve("civicrm-settings"));
        java.nio.file.Files.writeString(settings.resolve("branch-north.properties"), "lcMessages=en_GB\n");
        server = ServerProcess.launch("backoffice", Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2],
                "CRM_DEMO", "true", "CRM_DATA_DIR", data.toString(), "CRM_SETTINGS_DIR", settings.toString()));
        server.awaitReady(Duration.ofSeconds(240));
        api = new Api4Client(server);
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
            NorthContacts.load(connection, EXTRA_NORTH_CONTACTS, "Paged", "CONCAT('Paged', seq)", "CONCAT('Member', LPAD(seq, 5, '0'))",
                    "CONCAT('Paged', seq, ' Member', LPAD(seq, 5, '0'))", "CONCAT('Member', LPAD(seq, 5, '0'), ', Paged', seq)");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aBranchManagerSignsInOnNorthAndPagesOnlyNorthsContacts() {
        browser.open(server.browserUrl("north.localhost"));
        browser.await("the sign-in form", d -> browser.has("#sign-in\\:username"));
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.driver().getCurrentUrl());
        assertEquals("Branch North", browser.text("#domain-name"));
        assertAccessible("sign-in page");
        browser.screenshot("backoffice-sign-in");

        signIn("north", "north");
        assertEquals("Branch North", browser.text("#domain-name"));
        assertEquals("north", browser.text("#signed-in-as"));
        String menu = browser.find("#menu").getAttribute("textContent");
        assertTrue(menu.contains("Find Contacts") && menu.contains("New Individual"), menu);
        assertFalse(menu.contains("Administration Console") || menu.contains("Memberships"),
                "entries whose pages this server does not have yet are not linked: " + menu);
        browser.screenshot("backoffice-home");

        browser.find("#find-contacts").click();
        browser.await("the contacts table", d -> browser.has("#search\\:contacts"));
        long northCount = api.ok("north.localhost", "north-demo-key", "Contact", "get", "{\"select\":[\"row_count\"]}").getInt("count");
        assertTrue(northCount > EXTRA_NORTH_CONTACTS, "North sees " + northCount);
        String total = String.format(java.util.Locale.ROOT, "%d", northCount);
        assertEquals("1–25 of " + total, report());
        assertEquals(25, rows().size());
        assertEquals("Branch North", rows().get(0), "by name (sort_name), as CiviCRM lists contacts");
        assertAccessible("contact search");
        browser.screenshot("backoffice-contact-search");

        browser.find("#search\\:contacts_paginator_top .ui-paginator-next").click();
        browser.await("the second page", d -> report().equals("26–50 of " + total));
        browser.find("#search\\:contacts_paginator_top .ui-paginator-last").click();
        long lastStart = (northCount - 1) / 25 * 25 + 1;
        browser.await("the last page", d -> report().equals(lastStart + "–" + total + " of " + total));

        browser.find("#search\\:q").sendKeys("Nyberg");
        browser.await("the one Nyberg", d -> report().equals("1–1 of 1"));
        assertEquals("Nyberg, Ned", rows().get(0));
        browser.find("#search\\:q").clear();
        browser.find("#search\\:q").sendKeys("Manager");
        browser.await("North's manager alone (South's Stan Manager is not North's)",
                d -> rows().equals(List.of("Manager, Nina")) && report().equals("1–1 of 1"));

        browser.find("#search\\:q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.await("every contact again", d -> report().equals("1–25 of " + total));
        assertEquals("Branch North", rows().get(0), "by name (sort_name), as CiviCRM lists contacts");
        browser.find("#search\\:contacts thead th.ui-sortable-column").click();
        browser.await("the table by name, Z first", d -> rows().get(0).equals("Sharp, Shona"));
    }

    @Test
    void aContactIsFoundOpenedAndEditedWithItsMessagesNextToTheField() {
        signInOn("north.localhost", "north", "north");
        browser.find("#quick-search").sendKeys("Nyberg", Keys.ENTER);
        browser.await("the search for Nyberg", d -> browser.has("#search\\:contacts") && report().equals("1–1 of 1"));
        browser.find("#search\\:contacts .contact-link").click();
        browser.await("the summary", d -> browser.has("#contact-name"));
        assertEquals("Ned Nyberg", browser.text("#contact-name"));
        assertTrue(browser.text("#tabs").contains("Groups (1)"), browser.text("#tabs"));
        assertAccessible("contact summary");
        browser.screenshot("backoffice-contact-summary");

        browser.find("#actions\\:edit").click();
        browser.await("the edit form", d -> browser.has("#contact\\:first_name"));
        browser.find("#contact\\:first_name").clear();
        browser.find("#contact\\:last_name").clear();
        browser.find("#contact\\:save").click();
        browser.await("the message next to first name", d -> browser.has("#contact\\:first_name + .ui-message-error")
                || browser.bodyText().contains("needs a first_name"));
        assertTrue(browser.text(".record-form").contains("an individual needs a first_name or a last_name"), browser.bodyText());
        assertAccessible("contact form with an error");
        browser.screenshot("backoffice-contact-edit-error");
        assertEquals("Ned", nedsFirstName(), "a refused save changes nothing");

        browser.find("#contact\\:first_name").sendKeys("Edward");
        browser.find("#contact\\:last_name").sendKeys("Nyberg");
        browser.find("#contact\\:save").click();
        browser.await("the saved contact", d -> browser.has("#contact-name") && browser.text("#contact-name").equals("Edward Nyberg"));
        assertTrue(browser.text("#notice").contains("Contact saved"));
        assertEquals("Edward", nedsFirstName());
    }

    @Test
    void anotherDomainsContactIsNotFoundExactlyLikeAMissingOne() {
        long southContact = api.firstId("south.localhost", "south-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"last_name\",\"=\",\"Manager\"]]}");
        signInOn("north.localhost", "north", "north");
        for (String page : List.of("contact/view.xhtml?id=", "contact/edit.xhtml?id=")) {
            browser.open(server.browserUrl("north.localhost") + page + southContact);
            String foreign = browser.bodyText();
            browser.open(server.browserUrl("north.localhost") + page + 987_654_321);
            String missing = browser.bodyText();
            assertTrue(foreign.startsWith("404"), foreign);
            assertEquals(missing.replace("987654321", "#"), foreign.replace(String.valueOf(southContact), "#"));
            assertFalse(foreign.contains("Exception") || foreign.contains("at org."), foreign);
        }
        browser.open(server.browserUrl("north.localhost") + "contact/view.xhtml?id=not-a-number");
        assertTrue(browser.bodyText().startsWith("404"), browser.bodyText());
    }

    @Test
    void headOfficeReadsTheRefusedAccessesFilteredAndABranchIsRefusedTheAudit() {
        browser.open(server.browserUrl("south.localhost"));
        browser.submitSignIn("north", "north");
        browser.await("the refusal", d -> browser.bodyText().contains("You have no access to Branch South"));
        signInOn("north.localhost", "north", "north");
        assertFalse(browser.find("#menu").getAttribute("textContent").contains("Access Audit"));
        browser.open(server.browserUrl("north.localhost") + "audit/refusals.xhtml");
        assertTrue(browser.bodyText().startsWith("403"), browser.bodyText());

        signInOn("localhost", "admin", "admin");
        assertTrue(browser.find("#menu").getAttribute("textContent").contains("Access Audit"));
        browser.open(server.browserUrl("localhost") + "audit/refusals.xhtml");
        browser.await("the audit", d -> browser.has("#audit\\:refusals"));
        browser.find("#audit\\:username").sendKeys("north");
        browser.find("#audit\\:action").sendKeys("sign in");
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#audit\\:domain option")).stream()
                .filter(o -> o.getText().equals("Branch South")).findFirst().orElseThrow().click();
        browser.find("#audit\\:apply").click();
        browser.await("north's refused sign-in on South, and no one else's", d -> {
            String shown = browser.text("#audit\\:refusals_data");
            return shown.contains("north holds no role with 'access CiviCRM' on Branch South") && !shown.contains("admin");
        });
        // PrimeFaces dims the button while its request runs: the contrast is checked once it is back
        browser.await("the filter's button back", d -> browser.find("#audit\\:apply").isEnabled()
                && !browser.find("#audit\\:apply").getAttribute("class").contains("ui-state-disabled"));
        assertAccessible("access audit");
        browser.screenshot("backoffice-access-audit");
    }

    @Test
    void aBranchManagerCreatesAGroupUnderTheDomainGroupAndAddsAndRemovesAMember() {
        long domainGroup = setting("domain_group_id").getJsonNumber("value").longValue();
        String domainGroupTitle = api.ok("north.localhost", "north-demo-key", "Group", "get",
                "{\"select\":[\"title\"],\"where\":[[\"id\",\"=\"," + domainGroup + "]]}").getJsonArray("values")
                .getJsonObject(0).getString("title");
        signInOn("north.localhost", "north", "north");
        assertTrue(browser.find("#menu").getAttribute("textContent").contains("Manage Groups"));
        browser.open(server.browserUrl("north.localhost") + "group/groups.xhtml");
        browser.await("the group tree", d -> browser.has("#tree"));
        assertTrue(browser.text("#tree").contains(domainGroupTitle), browser.text("#tree"));
        assertAccessible("groups");

        browser.find("#new-group\\:title").sendKeys("North Volunteers");
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#new-group\\:parent option")).stream()
                .filter(o -> o.getText().equals(domainGroupTitle)).findFirst().orElseThrow().click();
        browser.find("#new-group\\:create").click();
        browser.await("the new group", d -> browser.has("#group-title") && browser.text("#group-title").equals("North Volunteers"));
        assertEquals(0, api.ok("south.localhost", "south-demo-key", "Group", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"title\",\"=\",\"North Volunteers\"]]}").getInt("count"),
                "South does not see North's group");

        browser.find("#members\\:query").sendKeys("Northcott");
        browser.find("#members\\:find").click();
        browser.await("Nora to add", d -> browser.bodyText().contains("Northcott, Nora") && browser.has(".candidates button"));
        browser.find(".candidates button").click();
        browser.await("Nora a member", d -> browser.has("#members\\:list .member-link")
                && browser.text("#members\\:list").contains("Northcott, Nora"));
        assertAccessible("group");
        browser.screenshot("backoffice-group");

        browser.find("#members\\:list button[id$='remove']").click();
        browser.await("no member left", d -> browser.text("#members\\:list").contains("No member yet"));
        assertEquals("Removed", api.ok("north.localhost", "north-demo-key", "GroupContact", "get",
                "{\"select\":[\"status\"],\"where\":[[\"group_id.title\",\"=\",\"North Volunteers\"]]}").getJsonArray("values")
                .getJsonObject(0).getString("status"));
    }

    @Test
    void aUserIssuesAKeyShownOnceThatCallsTheApiAsThemUntilRevoked() {
        signInOn("north.localhost", "clerk", "clerk");
        browser.find("#signed-in-as").click();
        browser.await("my keys", d -> browser.has("#keys\\:label"));
        browser.find("#keys\\:label").sendKeys("mail merge");
        browser.find("#keys\\:issue").click();
        browser.await("the new key", d -> browser.has("#new-key"));
        String key = browser.text("#new-key");
        assertTrue(browser.text("#keys\\:list").contains("mail merge"), browser.text("#keys\\:list"));
        assertAccessible("API keys");
        browser.screenshot("backoffice-api-keys");
        assertEquals(200, api.call("north.localhost", key, "Contact", "get", "{\"select\":[\"row_count\"]}").statusCode());

        browser.open(server.browserUrl("north.localhost") + "account/keys.xhtml");
        assertFalse(browser.has("#new-key"), "a key is shown once");
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#keys\\:list tr")).stream()
                .filter(row -> row.getText().contains("mail merge")).findFirst().orElseThrow()
                .findElement(org.openqa.selenium.By.cssSelector("button")).click();
        browser.await("the revoked key", d -> browser.bodyText().contains("Key revoked"));
        assertEquals(401, api.call("north.localhost", key, "Contact", "get", "{\"select\":[\"row_count\"]}").statusCode());
    }

    @Test
    void theMenuFollowsPermissionsOnThisDomain() {
        signInOn("north.localhost", "clerk", "clerk");
        String menu = browser.find("#menu").getAttribute("textContent");
        assertTrue(menu.contains("Find Contacts"), menu);
        assertFalse(menu.contains("Settings"), "staff hold no 'administer CiviCRM' on North: " + menu);
    }

    @Test
    void aLoginWithoutARoleOnSouthIsRefusedThereAndGetsNoSession() {
        browser.open(server.browserUrl("south.localhost"));
        browser.await("the sign-in form", d -> browser.has("#sign-in\\:username"));
        browser.submitSignIn("north", "north");
        browser.await("the refusal", d -> browser.bodyText().contains("You have no access to Branch South"));
        browser.open(server.browserUrl("south.localhost") + "contact/search.xhtml");
        browser.await("the sign-in form again", d -> browser.has("#sign-in\\:username"));

        browser.open(server.browserUrl("south.localhost"));
        browser.submitSignIn("south", "wrong password");
        browser.await("the wrong password", d -> browser.bodyText().contains("Wrong username or password"));
    }

    @Test
    void aFormForgedOnAnotherSiteChangesNothing() throws InterruptedException {
        long nora = api.firstId("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"last_name\",\"=\",\"Northcott\"]]}");
        signInOn("north.localhost", "north", "north");
        String north = server.browserUrl("north.localhost");
        browser.open(north + "contact/edit.xhtml?id=" + nora);
        browser.await("the edit form", d -> browser.has("#contact\\:first_name"));
        String viewState = browser.find("input[name='jakarta.faces.ViewState']").getAttribute("value");

        browser.open(server.browserUrl("south.localhost") + "login.xhtml");
        browser.driver().executeScript("const form = document.createElement('form');"
                + "form.method = 'POST'; form.action = arguments[0];"
                + "for (const [name, value] of Object.entries(arguments[1])) {"
                + "  const field = document.createElement('input'); field.name = name; field.value = value; form.appendChild(field); }"
                + "document.body.appendChild(form); form.submit();",
                north + "contact/edit.xhtml?id=" + nora,
                Map.of("contact", "contact", "contact:first_name", "Forged", "contact:last_name", "Northcott",
                        "contact:save", "", "jakarta.faces.ViewState", viewState));
        browser.await("the answer to the forged form", d -> d.getCurrentUrl().startsWith(north));
        assertTrue(browser.bodyText().contains("Cross-site request refused"), browser.bodyText());
        assertEquals("Nora", api.ok("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"first_name\"],\"where\":[[\"id\",\"=\"," + nora + "]]}").getJsonArray("values")
                .getJsonObject(0).getString("first_name"));
    }

    @Test
    void theDomainSwitcherCarriesAdminSignedInToAnotherSiteOnceAndOffersNorthNothing() {
        signInOn("north.localhost", "north", "north");
        assertFalse(browser.has("#domain-switch"), "north holds roles on North alone");
        browser.find("#user-menu\\:sign-out").click();

        signIn("admin", "admin");
        List<String> choices = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#domain-switch\\:target option"))
                .stream().map(o -> o.getText()).toList();
        assertEquals(List.of("Branch South", "Head Office"), choices);
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#domain-switch\\:target option")).stream()
                .filter(o -> o.getText().equals("Branch South")).findFirst().orElseThrow().click();
        browser.find("#domain-switch\\:go").click();
        browser.await("Branch South, signed in", d -> d.getCurrentUrl().startsWith(server.browserUrl("south.localhost"))
                && browser.has("#signed-in-as"));
        assertEquals("Branch South", browser.text("#domain-name"));
        assertEquals("admin", browser.text("#signed-in-as"));
        browser.screenshot("backoffice-switched-to-south");
    }

    @Test
    void aNewContactWithAKnownEmailIsWarnedAboutThenCreatedWithItsEmailUnlessTheDomainKeepsEmailsUnique() {
        signInOn("north.localhost", "north", "north");
        browser.find("#new-individual").click();
        browser.await("the new contact form", d -> browser.has("#contact\\:first_name"));
        assertAccessible("new contact form");
        browser.find("#contact\\:first_name").sendKeys("Nina");
        browser.find("#contact\\:last_name").sendKeys("Second");
        browser.find("#contact\\:email").sendKeys("nina@branches.example");
        browser.find("#contact\\:save").click();
        browser.await("the duplicate warning", d -> browser.has("#contact\\:duplicates"));
        assertTrue(browser.text("#contact\\:duplicates").contains("Nina Manager"), browser.text("#contact\\:duplicates"));
        browser.screenshot("backoffice-duplicate-warning");

        browser.find("#contact\\:save").click();
        browser.await("the created contact", d -> browser.has("#contact-name"));
        assertEquals("Nina Second", browser.text("#contact-name"));
        assertTrue(browser.text("#tabs").contains("Emails (1)"), browser.text("#tabs"));
        assertEquals(2, api.ok("north.localhost", "north-demo-key", "Email", "get",
                "{\"select\":[\"id\"],\"where\":[[\"email\",\"=\",\"nina@branches.example\"]]}").getInt("count"));

        api.ok("north.localhost", "admin-demo-key", "Setting", "set", "{\"values\":{\"uniq_email_per_site\":true}}");
        try {
            browser.open(server.browserUrl("north.localhost"));
            browser.find("#new-individual").click();
            browser.await("the new contact form", d -> browser.has("#contact\\:first_name"));
            browser.find("#contact\\:first_name").sendKeys("Nina");
            browser.find("#contact\\:last_name").sendKeys("Third");
            browser.find("#contact\\:email").sendKeys("nina@branches.example");
            browser.find("#contact\\:save").click();
            browser.await("the refusal next to the email", d -> browser.has("#contact .ui-message-error")
                    && browser.text("#contact .ui-message-error").contains("uniq_email_per_site"));
            assertFalse(browser.bodyText().contains("save again"), "with uniq_email_per_site a duplicate is refused, not warned about");
            assertEquals(0, api.ok("north.localhost", "north-demo-key", "Contact", "get",
                    "{\"select\":[\"row_count\"],\"where\":[[\"last_name\",\"=\",\"Third\"]]}").getInt("count"),
                    "the contact and its email are one transaction: nothing is half-written");
        } finally {
            api.ok("north.localhost", "admin-demo-key", "Setting", "revert", "{\"select\":[\"uniq_email_per_site\"]}");
        }
    }

    @Test
    void aContactGoesToTheTrashComesBackAndIsDeletedForGoodByAdmin() {
        long paged = api.firstId("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"id\"],\"where\":[[\"first_name\",\"=\",\"Paged77\"]]}");
        signInOn("north.localhost", "admin", "admin");
        String view = server.browserUrl("north.localhost") + "contact/view.xhtml?id=" + paged;
        browser.open(view);
        browser.find("#actions\\:trash").click();
        browser.await("the search, with the notice", d -> browser.has("#notice") && browser.text("#notice").contains("moved to the trash"));

        browser.find("#search\\:q").sendKeys("Member00077,");
        browser.await("no Paged77 outside the trash", d -> browser.text("#search\\:contacts").contains("No contact matches"));
        browser.find("#search\\:trash .ui-chkbox-box").click();
        browser.await("Paged77 in the trash", d -> rows().equals(List.of("Member00077, Paged77")));

        browser.open(view);
        assertTrue(browser.has("#in-trash"), "the summary says it is in the trash");
        browser.find("#actions\\:restore").click();
        browser.await("the restored contact", d -> browser.has("#actions\\:trash") && !browser.has("#in-trash"));

        browser.find("#actions\\:delete").click();
        browser.await("the confirmation", d -> browser.find(".ui-confirm-dialog").isDisplayed());
        browser.find(".ui-confirmdialog-yes").click();
        browser.await("the search, with the notice", d -> browser.has("#notice") && browser.text("#notice").contains("deleted permanently"));
        assertEquals(0, api.ok("localhost", "admin-demo-key", "Contact", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"id\",\"=\"," + paged + "],[\"is_deleted\",\"IN\",[true,false]]]}").getInt("count"));
    }

    @Test
    void aSettingSetByAFileIsReadOnlyAndNamesTheFileWhileAnotherIsSavedAndReverted() {
        signInOn("north.localhost", "north", "north");
        String menu = browser.find("#menu").getAttribute("textContent");
        assertTrue(menu.contains("Settings"), menu);
        browser.open(server.browserUrl("north.localhost") + "setting/settings.xhtml");
        browser.await("the settings", d -> browser.has(".setting-lcMessages"));
        String language = browser.text(".setting-lcMessages");
        assertTrue(language.contains("en_GB") && language.contains("branch-north.properties"), language);
        assertFalse(browser.has(".setting-lcMessages input") || browser.has(".setting-lcMessages select")
                || browser.has(".setting-lcMessages button"), "an overridden setting is read-only");
        assertAccessible("settings");
        browser.screenshot("backoffice-settings");

        browser.find(".setting-search_autocomplete_count input").clear();
        browser.find(".setting-search_autocomplete_count input").sendKeys("15");
        browser.find(".setting-search_autocomplete_count button[id$='save']").click();
        browser.await("the saved setting", d -> browser.bodyText().contains("saved")
                && browser.text(".setting-search_autocomplete_count").contains("database"));
        assertEquals(15, setting("search_autocomplete_count").getInt("value"));

        browser.find(".setting-search_autocomplete_count input").clear();
        browser.find(".setting-search_autocomplete_count input").sendKeys("many");
        browser.find(".setting-search_autocomplete_count button[id$='save']").click();
        browser.await("the refusal naming the setting", d -> browser.text("#settings\\:messages").contains("search_autocomplete_count"));
        assertEquals(15, setting("search_autocomplete_count").getInt("value"), "a refused value changes nothing");

        browser.find(".setting-search_autocomplete_count button[id$='revert']").click();
        browser.await("the default again", d -> browser.text(".setting-search_autocomplete_count").contains("default"));
        assertEquals("default", setting("search_autocomplete_count").getString("source"));
    }

    private static jakarta.json.JsonObject setting(String name) {
        return api.ok("north.localhost", "north-demo-key", "Setting", "get", "{\"select\":[\"" + name + "\"]}")
                .getJsonArray("values").getJsonObject(0);
    }

    @Test
    void theBackOfficeFitsAPhoneAndSigningOutEndsTheSession() {
        signInOn("north.localhost", "north", "north");
        browser.resize(Browser.PHONE);
        browser.open(server.browserUrl("north.localhost") + "contact/search.xhtml");
        browser.await("the contacts table", d -> browser.has("#search\\:contacts"));
        Object overflow = browser.driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "the page scrolls sideways by " + overflow + " px on a phone");
        browser.screenshot("backoffice-contact-search-phone");

        browser.find("#user-menu\\:sign-out").click();
        browser.await("the sign-in form", d -> browser.has("#sign-in\\:username"));
        browser.open(server.browserUrl("north.localhost") + "contact/search.xhtml");
        browser.await("the sign-in form, the session gone", d -> browser.has("#sign-in\\:username"));
    }

    private void signInOn(String host, String username, String password) {
        browser.signIn(server.browserUrl(host), username, password);
    }

    private void signIn(String username, String password) {
        browser.submitSignIn(username, password);
        browser.await("the home page", d -> browser.has("#signed-in-as"));
    }

    private String report() {
        return browser.text("#search\\:contacts_paginator_top .ui-paginator-current");
    }

    private List<String> rows() {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector("#search\\:contacts_data .contact-link"))
                .stream().map(e -> e.getText()).toList();
    }

    private String nedsFirstName() {
        return api.ok("north.localhost", "north-demo-key", "Contact", "get",
                "{\"select\":[\"first_name\"],\"where\":[[\"last_name\",\"=\",\"Nyberg\"]]}").getJsonArray("values")
                .getJsonObject(0).getString("first_name");
    }

    private void assertAccessible(String page) {
        Axe.assertAccessible(browser, page);
    }
}
