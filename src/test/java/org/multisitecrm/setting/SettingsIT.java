package org.multisitecrm.setting;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactService;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.security.AccessDenied;
import org.multisitecrm.setting.override.OverrideFolder;
import org.multisitecrm.setting.override.OverrideProblem;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.InContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-domain settings in Payara on MariaDB with the demo tree: the precedence chain (default <
 * database < all.properties < the domain's file < CRM_SETTING_*), the folder watched at runtime, a
 * bad file reported while the last good values stay, the 409 on overridden settings, secrets masked
 * for branches, head-office-only settings and domains, and a rename that keeps the file in force.
 * The environment layer is given as MicroProfile Config properties of the same names.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
class SettingsIT {

    private static final String HEAD = "Head Office";
    private static final String NORTH = "Branch North";
    private static final String SOUTH = "Branch South";

    @Deployment
    static WebArchive deployment() throws IOException {
        Path folder = Path.of(System.getProperty("crm.build.directory", "target"), "it-settings").toAbsolutePath();
        Folders.deleteTree(folder);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("all.properties"), "search_autocomplete_count = 20\nlcMessages = de_DE\n");
        Files.writeString(folder.resolve("branch-north.properties"),
                "# Branch North\nsearch_autocomplete_count = 30\nlcMessages = fr_FR\ndefaultCurrency = GBP\n");
        return InContainer.war("it-settings-db", "crm.settings.dir=" + folder + "\nCRM_SETTING_defaultCurrency=EUR\n")
                .addClasses(SettingsIT.class, Folders.class);
    }

    @Inject private InContainer container;
    @Inject private SettingsService settings;
    @Inject private OverrideFolder overrides;
    @Inject private DomainService domains;
    @Inject private ContactService contacts;

    @Inject
    @ConfigProperty(name = "crm.settings.dir")
    private String folder;

    private SettingRow read(String user, String domain, String name) {
        return container.as(user, domain, () -> settings.get(SettingTarget.current(), List.of(name))).get(0);
    }

    private SettingRow readOn(String user, String domain, String target, String name) {
        return container.as(user, domain, () -> settings.get(SettingTarget.domain(container.domain(target)), List.of(name))).get(0);
    }

    private void set(String user, String domain, String target, String name, JsonValue value) {
        container.as(user, domain, () -> settings.set(SettingTarget.domain(container.domain(target)), Map.of(name, value)));
    }

    private void write(String file, String text) throws IOException {
        Path path = Path.of(folder, file);
        Path temp = Path.of(folder, "." + file + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The watcher applies a change within about a second; allow ten before calling it a failure. */
    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 10 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void a1_eachLayerWinsOverTheOneBelowIt() {
        SettingRow byDefault = read("admin", HEAD, "editor_id");
        assertEquals(Json.createValue("CKEditor"), byDefault.value());
        assertEquals("default", byDefault.source().describe());

        set("admin", HEAD, HEAD, "editor_id", Json.createValue("Textarea"));
        SettingRow stored = read("admin", HEAD, "editor_id");
        assertEquals(Json.createValue("Textarea"), stored.value());
        assertEquals("database", stored.source().describe());

        SettingRow allFile = read("admin", HEAD, "search_autocomplete_count");
        assertEquals(Json.createValue(20L), allFile.value());
        assertEquals("file it-settings/all.properties", allFile.source().describe());

        SettingRow domainFile = read("north", NORTH, "search_autocomplete_count");
        assertEquals(Json.createValue(30L), domainFile.value());
        assertEquals("file it-settings/branch-north.properties", domainFile.source().describe());

        SettingRow environment = read("north", NORTH, "defaultCurrency");
        assertEquals(Json.createValue("EUR"), environment.value(), "the environment wins over North's GBP");
        assertEquals("environment CRM_SETTING_defaultCurrency", environment.source().describe());
    }

    @Test
    void a2_northsOverridesNeverShowOnSouth() {
        assertEquals(Json.createValue("fr_FR"), read("north", NORTH, "lcMessages").value());
        SettingRow south = read("south", SOUTH, "lcMessages");
        assertEquals(Json.createValue("de_DE"), south.value());
        assertEquals("file it-settings/all.properties", south.source().describe());
        assertEquals(Json.createValue(20L), read("south", SOUTH, "search_autocomplete_count").value());
    }

    @Test
    void a3_anOverriddenSettingCannotBeSetOrRevertedAndTheMessageNamesTheWinner() {
        Conflict byFile = assertThrows(Conflict.class,
                () -> set("north", NORTH, NORTH, "lcMessages", Json.createValue("en_GB")));
        assertTrue(byFile.getMessage().contains("file it-settings/branch-north.properties"), byFile.getMessage());
        Conflict byEnvironment = assertThrows(Conflict.class,
                () -> container.as("admin", SOUTH, () -> settings.revert(SettingTarget.current(), List.of("defaultCurrency"))));
        assertTrue(byEnvironment.getMessage().contains("CRM_SETTING_defaultCurrency"), byEnvironment.getMessage());
        Conflict constant = assertThrows(Conflict.class, () -> set("admin", HEAD, HEAD, "installed", JsonValue.FALSE));
        assertTrue(constant.getMessage().contains("constant"), constant.getMessage());
    }

    @Test
    void a4_aChangedAddedOrRemovedFileIsInForceWithinSeconds() throws Exception {
        write("branch-north.properties", "search_autocomplete_count = 30\nlcMessages = es_ES\n");
        eventually("North's file change applied",
                () -> read("north", NORTH, "lcMessages").value().equals(Json.createValue("es_ES")));

        write("branch-south.properties", "lcMessages = it_IT\n");
        eventually("South's new file applied",
                () -> read("south", SOUTH, "lcMessages").value().equals(Json.createValue("it_IT")));

        Files.delete(Path.of(folder, "branch-south.properties"));
        eventually("South's removed file no longer applied",
                () -> read("south", SOUTH, "lcMessages").value().equals(Json.createValue("de_DE")));
        assertEquals(Json.createValue("es_ES"), read("north", NORTH, "lcMessages").value());
    }

    @Test
    void a5_aBadFileIsReportedWithLineAndKeyAndTheLastGoodValuesStay() throws Exception {
        write("branch-north.properties", "search_autocomplete_count = 31\nlcMessages = pt_PT\nno_such_setting = 1\n"
                + "includeWildCardInName = perhaps\n");
        eventually("the bad file reported", () -> !overrides.problems().isEmpty());
        Set<String> problems = overrides.problems().stream().map(OverrideProblem::toString).collect(Collectors.toSet());
        assertEquals(Set.of("it-settings/branch-north.properties:3: no_such_setting: no setting has this name",
                "it-settings/branch-north.properties:4: includeWildCardInName: boolean setting: expected true or false"
                        + " (or 1 or 0), got 'perhaps'"), problems);
        assertEquals(Json.createValue("es_ES"), read("north", NORTH, "lcMessages").value(), "nothing of the bad file applied");
        assertEquals(Json.createValue(30L), read("north", NORTH, "search_autocomplete_count").value());

        write("branch-north.properties", "search_autocomplete_count = 31\nlcMessages = pt_PT\n");
        eventually("the fixed file applied", () -> read("north", NORTH, "lcMessages").value().equals(Json.createValue("pt_PT")));
        assertTrue(overrides.problems().isEmpty());
    }

    @Test
    void b1_secretsAreMaskedForBranchesAndShownToHeadOffice() {
        set("admin", HEAD, NORTH, "geoAPIKey", Json.createValue("north-geo-secret"));
        SettingRow branch = read("north", NORTH, "geoAPIKey");
        assertTrue(branch.masked());
        assertEquals(Json.createValue("********"), branch.value());
        SettingRow headOffice = readOn("admin", HEAD, NORTH, "geoAPIKey");
        assertEquals(Json.createValue("north-geo-secret"), headOffice.value());
        set("north", NORTH, NORTH, "geoAPIKey", Json.createValue("rotated-by-north"));
        assertEquals(Json.createValue("rotated-by-north"), readOn("admin", HEAD, NORTH, "geoAPIKey").value());
    }

    @Test
    void b2_aBranchAdministratorManagesOnlyItsOwnDomainAndNotHeadOfficeSettings() {
        set("north", NORTH, NORTH, "editor_id", Json.createValue("CKEditor5-classic"));
        assertEquals(Json.createValue("CKEditor5-classic"), read("north", NORTH, "editor_id").value());
        assertEquals(Json.createValue("CKEditor"), read("south", SOUTH, "editor_id").value());

        assertThrows(AccessDenied.class, () -> readOn("north", NORTH, SOUTH, "editor_id"));
        assertThrows(AccessDenied.class, () -> set("north", NORTH, SOUTH, "editor_id", Json.createValue("Textarea")));
        assertThrows(AccessDenied.class, () -> container.as("north", NORTH, () -> settings.get(SettingTarget.all(), List.of())));
        for (String headOfficeOnly : List.of("uploadDir", "userFrameworkBaseURL", "domain_group_id", "multisite_is_enabled",
                "recaptchaPrivateKey")) {
            assertThrows(AccessDenied.class, () -> set("north", NORTH, NORTH, headOfficeOnly, Json.createValue("1")),
                    headOfficeOnly);
        }
        set("admin", HEAD, SOUTH, "uploadDir", Json.createValue("/srv/south/upload/"));
        assertEquals(Json.createValue("/srv/south/upload/"), read("south", SOUTH, "uploadDir").value());
        assertEquals(3, container.as("admin", HEAD, () -> settings.get(SettingTarget.all(), List.of("uploadDir"))).size());
    }

    @Test
    void b3_wrongValuesNameTheSettingAndChangeNothing() {
        Map<String, JsonValue> values = new java.util.LinkedHashMap<>();
        values.put("includeWildCardInName", JsonValue.FALSE);
        values.put("editor_id", Json.createValue("Word"));
        var invalid = assertThrows(org.multisitecrm.infrastructure.validation.InvalidInput.class,
                () -> container.as("admin", HEAD, () -> settings.set(SettingTarget.current(), values)));
        assertEquals("editor_id", invalid.field());
        assertEquals(JsonValue.TRUE, read("admin", HEAD, "includeWildCardInName").value(), "the valid half was rolled back");
        assertEquals(Json.createValue("Textarea"), read("admin", HEAD, "editor_id").value());
        assertThrows(org.multisitecrm.infrastructure.validation.InvalidInput.class,
                () -> set("admin", HEAD, HEAD, "no_such_setting", JsonValue.TRUE));
    }

    @Test
    void b4_revertReturnsToTheDefault() {
        container.as("admin", HEAD, () -> settings.revert(SettingTarget.current(), List.of("editor_id")));
        SettingRow reverted = read("admin", HEAD, "editor_id");
        assertEquals(Json.createValue("CKEditor"), reverted.value());
        assertEquals("default", reverted.source().describe());
    }

    @Test
    void c1_pointingADomainAtAnotherGroupChangesWhatItSeesAtOnce() {
        JsonValue northGroup = readOn("admin", HEAD, NORTH, "domain_group_id").value();
        JsonValue southGroup = readOn("admin", HEAD, SOUTH, "domain_group_id").value();
        assertFalse(names("north", NORTH).contains("Southey, Sara"));
        set("admin", HEAD, NORTH, "domain_group_id", southGroup);
        try {
            assertTrue(names("north", NORTH).contains("Southey, Sara"), "the hook refreshed the visibility index");
        } finally {
            set("admin", HEAD, NORTH, "domain_group_id", northGroup);
        }
        assertFalse(names("north", NORTH).contains("Southey, Sara"));
    }

    private Set<String> names(String user, String domain) {
        return container.as(user, domain, () -> contacts.page(0, 1000).stream().map(Contact::getSortName).collect(Collectors.toSet()));
    }

    @Test
    void c2_aRenamedDomainKeepsItsFileInForceAndTheSourceSaysToRenameIt() {
        long north = container.domain(NORTH);
        InContainer.system(() -> domains.rename(north, "Branch Nord"));
        try {
            SettingRow row = container.as("north", north, () -> settings.get(SettingTarget.current(), List.of("lcMessages"))).get(0);
            assertEquals(Json.createValue("pt_PT"), row.value());
            assertEquals("file it-settings/branch-north.properties (named for this domain's former name; rename it to "
                    + "branch-nord.properties)", row.source().describe());
        } finally {
            InContainer.system(() -> domains.rename(north, NORTH));
        }
        assertEquals("file it-settings/branch-north.properties", read("north", NORTH, "lcMessages").source().describe());
    }
}
