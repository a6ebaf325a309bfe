package org.multisitecrm.setting;

import jakarta.json.JsonValue;

import java.util.List;
import java.util.Optional;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * What the server knows about one setting, as CiviCRM's settings metadata: its type and default,
 * whose value it is, and the rules for changing it. {@code headOfficeOnly} settings (directories,
 * URLs, multisite) are written only with 'administer Multiple Organizations'; a {@code constant}
 * is never written at runtime (only files and the environment set it); a {@code secret} is masked
 * for everyone but head office.
 */
public record SettingDefinition(String name, String title, SettingType type, JsonValue defaultValue, SettingScope scope,
                                String description, List<String> options, boolean constant, boolean secret,
                                boolean headOfficeOnly, Class<? extends SettingChangeHook> onChange, Long minimum, Long maximum,
                                SettingShape shape, List<String> secretMembers) {

    /**
     * The rules of a structured (JSON) setting's value beyond its type, such as CiviCRM's
     * {@code mailing_backend} keys: answers the value in its canonical shape, or throws
     * IllegalArgumentException saying which member is wrong.
     */
    @FunctionalInterface
    public interface SettingShape {
        JsonValue check(JsonValue value);
    }

    /** The longest value stored, as JSON text: {@code civicrm_setting.value} is a TEXT column. */
    public static final int MAX_JSON_LENGTH = 16_000;

    public SettingDefinition {
        options = List.copyOf(options);
        secretMembers = List.copyOf(secretMembers);
        defaultValue = defaultValue == null ? JsonValue.NULL : type.fromJson(defaultValue, options);
    }

    public static Builder named(String name, SettingType type) {
        return new Builder(name, type);
    }

    /** A value written in an override file or variable, checked as {@link #fromJson} checks one. */
    public JsonValue fromText(String text) {
        return withinBounds(type.fromText(text, options));
    }

    /** A value as sent or stored, in its canonical shape; IllegalArgumentException says what is wrong with it. */
    public JsonValue fromJson(JsonValue value) {
        return withinBounds(type.fromJson(value, options));
    }

    private JsonValue withinBounds(JsonValue value) {
        if (shape != null && value != JsonValue.NULL) {
            value = shape.check(value);
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            long n = number.longValue();
            if (minimum != null && n < minimum || maximum != null && n > maximum) {
                throw new IllegalArgumentException("must be from " + (minimum == null ? "any" : minimum) + " to "
                        + (maximum == null ? "any" : maximum) + ", not " + n);
            }
        }
        if (value.toString().length() > MAX_JSON_LENGTH) {
            throw new IllegalArgumentException("is longer than " + MAX_JSON_LENGTH + " characters");
        }
        return value;
    }

    public Optional<Class<? extends SettingChangeHook>> changeHook() {
        return Optional.ofNullable(onChange);
    }

    /** Builds a definition; only what differs from the common case needs saying. */
    public static final class Builder {
        private final String name;
        private final SettingType type;
        private String title;
        private JsonValue defaultValue = JsonValue.NULL;
        private SettingScope scope = SettingScope.DOMAIN;
        private String description = "";
        private List<String> options = List.of();
        private Long minimum;
        private Long maximum;
        private boolean constant;
        private boolean secret;
        private boolean headOfficeOnly;
        private Class<? extends SettingChangeHook> onChange;
        private SettingShape shape;
        private List<String> secretMembers = List.of();

        private Builder(String name, SettingType type) {
            this.name = name;
            this.type = type;
            this.title = name;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder describedAs(String description) {
            this.description = description;
            return this;
        }

        public Builder defaultValue(String value) {
            this.defaultValue = JSON.createValue(value);
            return this;
        }

        public Builder defaultValue(long value) {
            this.defaultValue = JSON.createValue(value);
            return this;
        }

        public Builder defaultValue(boolean value) {
            this.defaultValue = value ? JsonValue.TRUE : JsonValue.FALSE;
            return this;
        }

        public Builder defaultJson(JsonValue value) {
            this.defaultValue = value;
            return this;
        }

        /** The range of an integer setting, both ends included. */
        public Builder range(long minimum, long maximum) {
            this.minimum = minimum;
            this.maximum = maximum;
            return this;
        }

        public Builder options(String... options) {
            this.options = List.of(options);
            return this;
        }

        public Builder constant() {
            this.constant = true;
            return this;
        }

        public Builder secret() {
            this.secret = true;
            return this;
        }

        /** The value's rules beyond its type (for a JSON setting). */
        public Builder shape(SettingShape shape) {
            this.shape = shape;
            return this;
        }

        /**
         * Members of an object value that are secrets (a password among server details): masked as a
         * {@link #secret()} is, and kept as stored when a value is written back with the mask in them.
         */
        public Builder secretMembers(String... members) {
            this.secretMembers = List.of(members);
            return this;
        }

        public Builder headOfficeOnly() {
            this.headOfficeOnly = true;
            return this;
        }

        public Builder onChange(Class<? extends SettingChangeHook> hook) {
            this.onChange = hook;
            return this;
        }

        public SettingDefinition build() {
            return new SettingDefinition(name, title, type, defaultValue, scope, description, options, constant, secret,
                    headOfficeOnly, onChange, minimum, maximum, shape, secretMembers);
        }
    }
}
