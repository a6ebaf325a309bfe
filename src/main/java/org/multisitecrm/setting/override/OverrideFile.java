package org.multisitecrm.setting.override;

import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Optional;

/**
 * One override file as last read in good order: for {@code all.properties} (stem {@code all}) or for
 * the domain whose name gives the stem ({@code branch-north} for Branch North).
 */
public record OverrideFile(String stem, String label, Map<String, JsonValue> values, String fingerprint) {

    public static final String ALL_DOMAINS_STEM = "all";

    public OverrideFile {
        values = Map.copyOf(values);
    }

    public boolean isForAllDomains() {
        return ALL_DOMAINS_STEM.equals(stem);
    }

    public Optional<JsonValue> value(String setting) {
        return Optional.ofNullable(values.get(setting));
    }
}
