package org.multisitecrm.api4;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.json.StrictJson;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.multisitecrm.catalog.FieldValues;
import org.multisitecrm.catalog.QueryLimits;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * An action's {@code params} object, read strictly: every key must be a parameter of the action and
 * every value of the expected shape, or the call is a 400 naming the parameter.
 */
final class ApiParams {

    private final JsonObject json;

    private ApiParams(JsonObject json) {
        this.json = json;
    }

    static ApiParams parse(String text) {
        if (text == null || text.isBlank()) {
            return new ApiParams(JsonValue.EMPTY_JSON_OBJECT);
        }
        JsonValue value = StrictJson.parse(text, "params", ApiLimits.MAX_JSON_DEPTH);
        if (value instanceof JsonObject object) {
            return new ApiParams(object);
        }
        if (value instanceof JsonArray array && array.isEmpty()) {
            return new ApiParams(JsonValue.EMPTY_JSON_OBJECT);
        }
        throw new InvalidInput("params", "must be a JSON object");
    }

    static ApiParams of(JsonObject json) {
        return new ApiParams(json);
    }

    JsonObject json() {
        return json;
    }

    /** Refuses a parameter the action does not take (a typo would otherwise be silently ignored). */
    ApiParams allowOnly(Set<String> names, String action) {
        for (String key : json.keySet()) {
            if (!names.contains(key) && !key.equals("checkPermissions") && !key.equals("version") && !key.equals("debug")) {
                throw new InvalidInput(key, "is not a parameter of " + action);
            }
        }
        return this;
    }

    List<String> strings(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInput(name, "must be a list of names");
        }
        List<String> names = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s) || s.getString().isBlank()) {
                throw new InvalidInput(name, "must be a list of names");
            }
            names.add(s.getString());
        }
        return names;
    }

    JsonArray array(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInput(name, "must be a list");
        }
        return array;
    }

    JsonObject object(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL || (value instanceof JsonArray a && a.isEmpty())) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidInput(name, "must be an object");
        }
        return object;
    }

    int nonNegative(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        try {
            int number = value instanceof JsonNumber n ? n.intValueExact() : Integer.parseInt(text.trim());
            if (number < 0) {
                throw new InvalidInput(name, "must be 0 or more, not " + number);
            }
            if (number > QueryLimits.MAX_OFFSET) {
                throw new InvalidInput(name, "must be at most " + QueryLimits.MAX_OFFSET + " (limit MAX_OFFSET), not " + number);
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput(name, "must be a whole number, not '" + FieldValues.abbreviate(text) + "'");
        }
    }

    boolean flag(String name, boolean fallback) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        return switch (text) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new InvalidInput(name, "must be true or false");
        };
    }

    Optional<JsonValue> value(String name) {
        JsonValue value = json.get(name);
        return value == null || value == JsonValue.NULL ? Optional.empty() : Optional.of(value);
    }
}
