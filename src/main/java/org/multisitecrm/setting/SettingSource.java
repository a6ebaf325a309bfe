package org.multisitecrm.setting;

/**
 * Where an effective value comes from, lowest to highest precedence: the metadata default, the
 * database, {@code all.properties}, the domain's own file, the environment. {@code location} names
 * the file or variable; {@code warning} says when a file is in force only because its name was left
 * behind by a rename.
 */
public record SettingSource(Kind kind, String location, String warning) {

    public enum Kind {
        DEFAULT, DATABASE, ALL_DOMAINS_FILE, DOMAIN_FILE, ENVIRONMENT;

        public boolean overrides() {
            return this == ALL_DOMAINS_FILE || this == DOMAIN_FILE || this == ENVIRONMENT;
        }
    }

    public static final SettingSource DEFAULT = new SettingSource(Kind.DEFAULT, null, null);
    public static final SettingSource DATABASE = new SettingSource(Kind.DATABASE, null, null);

    public static SettingSource file(Kind kind, String file, String warning) {
        return new SettingSource(kind, file, warning);
    }

    public static SettingSource environment(String variable) {
        return new SettingSource(Kind.ENVIRONMENT, variable, null);
    }

    /** For people: "default", "database", "file civicrm-settings/branch-north.properties", "environment CRM_SETTING_x". */
    public String describe() {
        String text = switch (kind) {
            case DEFAULT -> "default";
            case DATABASE -> "database";
            case ALL_DOMAINS_FILE, DOMAIN_FILE -> "file " + location;
            case ENVIRONMENT -> "environment " + location;
        };
        return warning == null ? text : text + " (" + warning + ")";
    }
}
