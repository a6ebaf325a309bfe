package org.multisitecrm.setting;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.multisitecrm.infrastructure.json.Jsons;

/**
 * How a setting's value is written and checked. Values travel as JSON everywhere (database, API);
 * an override file writes them as they read naturally ({@code true}, {@code 25}, {@code a, b}) and
 * {@link #fromText} turns that into the same JSON. Both paths end in {@link #normalize}, so a value
 * has one shape whichever layer it came from.
 */
public enum SettingType {
    STRING {
        @Override
        JsonValue normalize(JsonValue value, List<String> options) {
            if (value instanceof JsonString) {
                return value;
            }
            if (value instanceof JsonNumber number) {
                return Jsons.JSON.createValue(number.toString());
            }
            throw new IllegalArgumentException("expected text");
        }

        @Override
        JsonValue parseText(String text) {
            return Jsons.JSON.createValue(text);
        }
    },
    INTEGER {
        @Override
        JsonValue normalize(JsonValue value, List<String> options) {
            String text = value instanceof JsonString s ? s.getString().trim() : value.toString();
            if (value.getValueType() != JsonValue.ValueType.NUMBER && value.getValueType() != JsonValue.ValueType.STRING) {
                throw new IllegalArgumentException("expected a whole number");
            }
            try {
                return Jsons.JSON.createValue(new BigDecimal(text).longValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("expected a whole number, got '" + text + "'");
            }
        }

        @Override
        JsonValue parseText(String text) {
            return Jsons.JSON.createValue(text);
        }
    },
    BOOLEAN {
        @Override
        JsonValue normalize(JsonValue value, List<String> options) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value;
            }
            String text = value instanceof JsonString s ? s.getString() : value.toString();
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> JsonValue.TRUE;
                case "false", "0" -> JsonValue.FALSE;
                default -> throw new IllegalArgumentException("expected true or false (or 1 or 0), got '" + text + "'");
            };
        }

        @Override
        JsonValue parseText(String text) {
            return Jsons.JSON.createValue(text);
        }
    },
    ENUM {
        @Override
        JsonValue normalize(JsonValue value, List<String> options) {
            String text = STRING.normalize(value, options) instanceof JsonString s ? s.getString() : "";
            if (!options.contains(text)) {
                throw new IllegalArgumentException("expected one of " + options + ", got '" + text + "'");
            }
            return Jsons.JSON.createValue(text);
        }

        @Override
        JsonValue parseText(String text) {
            return Jsons.JSON.createValue(text);
        }
    },
    LIST {
        @Override
        JsonValue normalize(JsonValue value, List<String> options) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new IllegalArgumentException("expected a list");
            }
            JsonArrayBuilder items = Jsons.JSON.createArrayBuilder();
            for (JsonValue item : value.asJsonArray()) {
                String text = STRING.normalize(item, options) instanceof JsonString s ? s.getString() : "";
                if (!options.isEmpty() && !options.contains(text)) {
                    throw new IllegalArgumentException("list item '" + text + "' is not one of " + options);
                }
                items.add(text);
            }
            return items.build();
        }

        @Override
        JsonValue parseText(String text) {
            JsonArrayBuilder items = Jsons.JSON.createArrayBuilder();
            Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
            return items.build();
        }
    },
    JSON {
        @Override
        JsonValue normalize(JsonValue value, List<String> options) {
            return value;
        }

        @Override
        JsonValue parseText(String text) {
            return parseJson(text);
        }
    };

    /** Checks a JSON value against this type (and its options) and returns it in its one canonical shape. */
    abstract JsonValue normalize(JsonValue value, List<String> options);

    /** The JSON a value written in an override file stands for, before {@link #normalize}. */
    abstract JsonValue parseText(String text);

    public JsonValue fromText(String text, List<String> options) {
        return normalize(parseText(text.trim()), options);
    }

    public JsonValue fromJson(JsonValue value, List<String> options) {
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.NULL;
        }
        return normalize(value, options);
    }

    /** Reads JSON text as stored in {@code civicrm_setting.value}. */
    public static JsonValue parseJson(String text) {
        try (var reader = Jsons.JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
