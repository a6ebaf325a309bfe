package org.multisitecrm.setting.override;

import jakarta.json.JsonValue;
import org.multisitecrm.setting.SettingCatalog;
import org.multisitecrm.setting.SettingDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code CRM_SETTING_<name>} variables (the setting's exact name, e.g. {@code CRM_SETTING_lcMessages}):
 * a mandatory override for every domain, above every file, as CiviCRM's environment overrides. Read
 * once at start, since a process's environment does not change; a bad one stops the start.
 */
public final class EnvironmentOverrides {

    public static final String PREFIX = "CRM_SETTING_";

    private final Map<String, JsonValue> values;

    private EnvironmentOverrides(Map<String, JsonValue> values) {
        this.values = Map.copyOf(values);
    }

    public static EnvironmentOverrides none() {
        return new EnvironmentOverrides(Map.of());
    }

    public static EnvironmentOverrides read(Map<String, String> variables, SettingCatalog catalog) {
        Map<String, JsonValue> values = new HashMap<>();
        List<OverrideProblem> problems = new ArrayList<>();
        variables.forEach((variable, text) -> {
            if (!variable.startsWith(PREFIX)) {
                return;
            }
            String name = variable.substring(PREFIX.length());
            SettingDefinition definition = catalog.find(name).orElse(null);
            if (definition == null) {
                problems.add(new OverrideProblem("environment", 0, variable, "no setting is named '" + name + "'"));
                return;
            }
            try {
                values.put(name, definition.fromText(text));
            } catch (IllegalArgumentException e) {
                problems.add(new OverrideProblem("environment", 0, variable, e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            throw new BadOverrides(problems);
        }
        return new EnvironmentOverrides(values);
    }

    public Optional<JsonValue> value(String setting) {
        return Optional.ofNullable(values.get(setting));
    }

    /** Every setting the environment overrides, by name. */
    public Map<String, JsonValue> values() {
        return values;
    }

    public static String variableFor(String setting) {
        return PREFIX + setting;
    }
}
