package org.multisitecrm.setting;

import jakarta.json.JsonValue;

/** One setting on one domain as shown to a caller: CiviCRM's {name, value, domain_id}, plus where the value comes from. */
public record SettingRow(String name, JsonValue value, long domainId, SettingSource source, boolean masked) {
}
