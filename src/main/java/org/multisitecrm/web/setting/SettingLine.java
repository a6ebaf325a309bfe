package org.multisitecrm.web.setting;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.setting.SettingDefinition;
import org.multisitecrm.setting.SettingRow;

import java.io.Serializable;
import java.util.List;

/** One line of the settings page: the setting, its value as text, its source, and why it cannot be changed here if it cannot. */
public class SettingLine implements Serializable {

    private final String name;
    private final String title;
    private final String description;
    private final List<String> options;
    private final boolean flag;
    private final String source;
    private final String lockedBecause;
    private final boolean stored;
    private String value;

    SettingLine(SettingDefinition definition, SettingRow row, String lockedBecause) {
        this.name = definition.name();
        this.title = definition.title();
        this.description = definition.description();
        this.options = definition.options();
        this.flag = definition.type() == org.multisitecrm.setting.SettingType.BOOLEAN;
        this.source = row.source().describe();
        this.lockedBecause = lockedBecause;
        this.stored = row.source().kind() == org.multisitecrm.setting.SettingSource.Kind.DATABASE;
        this.value = text(row.value());
    }

    /** A value as a person types it: text as itself, a list comma-separated, anything else as its JSON. */
    static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return String.join(",", value.asJsonArray().stream().map(SettingLine::text).toList());
        }
        return value.toString();
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getOptions() {
        return options;
    }

    public boolean isFlag() {
        return flag;
    }

    public String getSource() {
        return source;
    }

    public String getLockedBecause() {
        return lockedBecause;
    }

    public boolean isEditable() {
        return lockedBecause == null;
    }

    public boolean isRevertible() {
        return isEditable() && stored;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public boolean isOn() {
        return "true".equals(value);
    }

    public void setOn(boolean on) {
        this.value = String.valueOf(on);
    }
}
