package org.multisitecrm.setting;

import jakarta.json.JsonValue;

/** A setting's value on one domain as the server uses it, where that value comes from, and what the database holds. */
public record EffectiveSetting(SettingDefinition definition, long domainId, JsonValue value, SettingSource source,
                               JsonValue storedValue) {

    public String name() {
        return definition.name();
    }

    public boolean isOverridden() {
        return source.kind().overrides();
    }
}
