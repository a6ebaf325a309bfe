package org.multisitecrm.setting.override;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverridesAgreeCheckTest {

    private static OverrideFingerprints server(Map<String, Map<String, JsonValue>> files) {
        Map<String, OverrideFile> read = new LinkedHashMap<>();
        files.forEach((stem, values) -> read.put(stem, new OverrideFile(stem, stem + ".properties", values, "bytes-of-" + stem)));
        return OverrideFingerprints.of(new OverrideSnapshot(read), EnvironmentOverrides.none());
    }

    private static final Map<String, JsonValue> NORTH = Map.of("lcMessages", Json.createValue("fr_FR"), "mailerBatchLimit", Json.createValue(50));

    @Test
    void copiesWithTheSameValuesAgreeWhateverTheirBytes() {
        OverrideFingerprints a = server(Map.of("branch-north", NORTH));
        OverrideFingerprints b = OverrideFingerprints.decode(server(Map.of("branch-north", new LinkedHashMap<>(NORTH))).encode());
        assertEquals(a, b);
        assertTrue(OverridesAgreeCheck.differences(Map.of("a", a, "b", b), s -> true).isEmpty());
    }

    @Test
    void aDifferentOrMissingFileNamesWhichServersHoldWhat() {
        Map<String, OverrideFingerprints> servers = new LinkedHashMap<>();
        servers.put("a", server(Map.of("branch-north", NORTH, "all", Map.of("dateformatDatetime", Json.createValue("%d")))));
        servers.put("b", server(Map.of("branch-north", Map.of("lcMessages", Json.createValue("de_DE")),
                "all", Map.of("dateformatDatetime", Json.createValue("%d")))));
        servers.put("c", server(Map.of("all", Map.of("dateformatDatetime", Json.createValue("%d")))));
        List<String> found = OverridesAgreeCheck.differences(servers, s -> true);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("civicrm-settings/branch-north.properties differs between servers:"), found.get(0));
        assertTrue(found.get(0).contains("c has none"), found.get(0));
        assertTrue(found.get(0).contains("a has version") && found.get(0).contains("b has version"), found.get(0));
    }

    @Test
    void aBranchHearsOnlyOfWhatDecidesItsValues() {
        Map<String, OverrideFingerprints> servers = Map.of(
                "a", server(Map.of("branch-south", Map.of("lcMessages", Json.createValue("fr_FR")))),
                "b", server(Map.of()));
        assertTrue(OverridesAgreeCheck.differences(servers, "branch-north"::equals).isEmpty());
        assertEquals(1, OverridesAgreeCheck.differences(servers, "branch-south"::equals).size());
    }
}
