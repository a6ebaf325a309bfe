package org.multisitecrm.infrastructure.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.StringReader;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * JSON from a client, read strictly: one value and nothing after it ({@code {}{}} is refused, not
 * half-read), nesting bounded before the parser recurses into it, and no NUL character in any key or
 * string (MariaDB would store it, and every tool downstream would cut the text there).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** The value, or a 400 naming {@code param}. */
    public static JsonValue parse(String text, String param, int maxDepth) {
        checkShape(text, param, maxDepth);
        JsonValue value;
        try (var reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInput(param, "is not valid JSON");
        }
        refuseNul(value, param);
        return value;
    }

    /** Depth and trailing text, by one pass over the characters (strings skipped, escapes honoured). */
    private static void checkShape(String text, String param, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean ended = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                    ended = depth == 0;
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (ended) {
                throw new InvalidInput(param, "has text after its JSON value, at character " + i);
            }
            started = true;
            switch (c) {
                case '"' -> inString = true;
                case '[', '{' -> {
                    if (++depth > maxDepth) {
                        throw new InvalidInput(param, "nests deeper than " + maxDepth + " levels (limit MAX_JSON_DEPTH)");
                    }
                }
                case ']', '}' -> {
                    depth--;
                    ended = depth <= 0;
                }
                default -> {
                    // a number, literal or separator: the parser judges it
                }
            }
        }
        if (!started) {
            throw new InvalidInput(param, "is empty");
        }
    }

    private static void refuseNul(JsonValue value, String param) {
        if (value instanceof JsonString s) {
            if (s.getString().indexOf('\0') >= 0) {
                throw new InvalidInput(param, "contains a NUL character");
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> refuseNul(item, param));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, item) -> {
                if (key.indexOf('\0') >= 0) {
                    throw new InvalidInput(param, "contains a NUL character");
                }
                refuseNul(item, param);
            });
        }
    }
}
