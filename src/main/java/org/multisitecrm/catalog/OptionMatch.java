package org.multisitecrm.catalog;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An APIv4 operator applied to an option's attribute (its name, label...) rather than to a column:
 * how a condition on {@code status_id:name} is decided. Text compares as the database's collation
 * does, ignoring case, so a condition means the same whichever side decides it.
 */
final class OptionMatch {

    private OptionMatch() {
    }

    static Predicate<String> of(String op, JsonValue value) {
        return switch (op) {
            case "=" -> text -> text != null && text.equalsIgnoreCase(single(value, op));
            case "!=", "<>" -> text -> text != null && !text.equalsIgnoreCase(single(value, op));
            case ">" -> compared(value, op, c -> c > 0);
            case ">=" -> compared(value, op, c -> c >= 0);
            case "<" -> compared(value, op, c -> c < 0);
            case "<=" -> compared(value, op, c -> c <= 0);
            case "LIKE" -> like(single(value, op));
            case "NOT LIKE" -> like(single(value, op)).negate().and(text -> text != null);
            case "CONTAINS" -> text -> text != null && text.toLowerCase(Locale.ROOT).contains(single(value, op).toLowerCase(Locale.ROOT));
            case "IN" -> inList(list(value, op, -1));
            case "NOT IN" -> inList(list(value, op, -1)).negate().and(text -> text != null);
            case "BETWEEN" -> between(list(value, op, 2));
            case "NOT BETWEEN" -> between(list(value, op, 2)).negate().and(text -> text != null);
            default -> throw new InvalidInput("where", "unknown operator '" + FieldValues.abbreviate(op) + "'");
        };
    }

    /** SQL's LIKE: {@code %} any run, {@code _} one character, a backslash escapes either. */
    static Predicate<String> like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Pattern compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
        return text -> text != null && compiled.matcher(text).matches();
    }

    private static Predicate<String> compared(JsonValue value, String op, java.util.function.IntPredicate outcome) {
        String given = single(value, op);
        return text -> text != null && outcome.test(String.CASE_INSENSITIVE_ORDER.compare(text, given));
    }

    private static Predicate<String> inList(List<String> values) {
        return text -> text != null && values.stream().anyMatch(text::equalsIgnoreCase);
    }

    private static Predicate<String> between(List<String> bounds) {
        return text -> text != null && String.CASE_INSENSITIVE_ORDER.compare(text, bounds.get(0)) >= 0
                && String.CASE_INSENSITIVE_ORDER.compare(text, bounds.get(1)) <= 0;
    }

    private static String single(JsonValue value, String op) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            return value.toString();
        }
        throw new InvalidInput("where", op + " on an option's name or label needs a text value");
    }

    private static List<String> list(JsonValue value, String op, int size) {
        if (!(value instanceof JsonArray array) || (size >= 0 && array.size() != size)) {
            throw new InvalidInput("where", op + " needs a list" + (size >= 0 ? " of " + size + " values" : ""));
        }
        if (array.size() > QueryLimits.MAX_IN_VALUES) {
            throw new InvalidInput("where", op + " takes at most " + QueryLimits.MAX_IN_VALUES + " values (limit MAX_IN_VALUES)");
        }
        return array.stream().map(item -> single(item, op)).toList();
    }
}
