package org.multisitecrm.setting.override;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.multisitecrm.setting.SettingCatalog;
import org.multisitecrm.setting.SettingDefinition;
import org.multisitecrm.setting.SettingType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.setting.SettingDefinition.named;

class OverrideFileReaderTest {

    private static final SettingCatalog CATALOG = SettingCatalog.of(List.of(
            named("lcMessages", SettingType.STRING).build(),
            named("search_autocomplete_count", SettingType.INTEGER).build(),
            named("includeWildCardInName", SettingType.BOOLEAN).build(),
            named("editor_id", SettingType.ENUM).options("Textarea", "CKEditor").build(),
            named("contact_autocomplete_options", SettingType.LIST).build(),
            named("mailing_backend", SettingType.JSON).build(),
            named("installed", SettingType.BOOLEAN).constant().build()));

    private final OverrideFileReader reader = new OverrideFileReader(CATALOG);

    @Test
    void valuesAreWrittenAsTheTypeReadsNaturally() {
        OverrideFile file = reader.parse("branch-north", "civicrm-settings/branch-north.properties", """
                # Branch North
                lcMessages = fr_FR
                search_autocomplete_count: 25
                includeWildCardInName=0
                editor_id = Textarea
                contact_autocomplete_options = 1, 2 ,5
                mailing_backend = {"outBound_option": 3, \\
                  "smtpServer": "smtp.north.example"}
                ! constants are what files are for
                installed = true
                """, "x");
        assertEquals(Json.createValue("fr_FR"), file.values().get("lcMessages"));
        assertEquals(Json.createValue(25L), file.values().get("search_autocomplete_count"));
        assertEquals(JsonValue.FALSE, file.values().get("includeWildCardInName"));
        assertEquals(Json.createArrayBuilder().add("1").add("2").add("5").build(), file.values().get("contact_autocomplete_options"));
        assertEquals(3, file.values().get("mailing_backend").asJsonObject().getInt("outBound_option"));
        assertEquals(JsonValue.TRUE, file.values().get("installed"));
    }

    @Test
    void everyProblemIsReportedWithFileLineAndKey() {
        BadOverrides bad = assertThrows(BadOverrides.class, () -> reader.parse("branch-north", "civicrm-settings/branch-north.properties", """
                lcMessages = fr_FR
                no_such_setting = 1
                search_autocomplete_count = many
                editor_id = Word
                includeWildCardInName = maybe
                a line without separator
                lcMessages = de_DE
                mailing_backend = {broken
                """, "x"));
        List<String> found = bad.problems().stream().map(OverrideProblem::toString).toList();
        assertEquals(7, found.size(), found.toString());
        assertEquals("civicrm-settings/branch-north.properties:2: no_such_setting: no setting has this name", found.get(0));
        assertTrue(found.get(1).startsWith("civicrm-settings/branch-north.properties:3: search_autocomplete_count: integer setting"), found.get(1));
        assertTrue(found.get(2).contains(":4: editor_id:") && found.get(2).contains("[Textarea, CKEditor]"), found.get(2));
        assertTrue(found.get(3).contains(":5: includeWildCardInName:"), found.get(3));
        assertTrue(found.get(4).contains(":6: a line without separator: expected 'name = value'"), found.get(4));
        assertTrue(found.get(5).contains(":7: lcMessages: set twice (first on line 1)"), found.get(5));
        assertTrue(found.get(6).contains(":8: mailing_backend: json setting: not valid JSON"), found.get(6));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWhole() throws Exception {
        Path file = Files.createTempFile("latin1", ".properties");
        try {
            Files.write(file, "lcMessages = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
            BadOverrides bad = assertThrows(BadOverrides.class, () -> reader.read(file, "x.properties"));
            assertEquals("x.properties: is not UTF-8 text", bad.problems().get(0).toString());
            Files.writeString(file, "lcMessages = caf\u00e9\n", StandardCharsets.UTF_8);
            assertEquals(Json.createValue("caf\u00e9"), reader.read(file, "x.properties").values().get("lcMessages"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void environmentVariablesNameTheSettingExactly() {
        EnvironmentOverrides env = EnvironmentOverrides.read(Map.of("CRM_SETTING_lcMessages", "nl_NL", "PATH", "/bin"), CATALOG);
        assertEquals(Json.createValue("nl_NL"), env.value("lcMessages").orElseThrow());
        BadOverrides bad = assertThrows(BadOverrides.class,
                () -> EnvironmentOverrides.read(Map.of("CRM_SETTING_lcmessages", "nl_NL"), CATALOG));
        assertEquals("environment: CRM_SETTING_lcmessages: no setting is named 'lcmessages'", bad.problems().get(0).toString());
    }

    @Test
    void definitionsRefuseADefaultOfTheWrongType() {
        assertThrows(IllegalArgumentException.class,
                () -> SettingDefinition.named("x", SettingType.INTEGER).defaultValue("ten").build());
    }
}
