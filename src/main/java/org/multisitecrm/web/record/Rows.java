package org.multisitecrm.web.record;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** A catalogue row as the plain values a page binds to ({@code #{row['display_name']}}). */
public final class Rows {

    private Rows() {
    }

    private static final java.util.regex.Pattern DATE_TIME = java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}):\\d{2}(\\.\\d+)?$");

    /** The row's values; a date-time is shown to the minute, as people read it, not as the API's full precision. */
    public static Map<String, Object> plain(JsonObject row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((name, value) -> values.put(name, plain(value)));
        return values;
    }

    /** The row with these fields as money, in cents ("25.00"), whatever scale their column keeps (CiviCRM's fees keep nine places). */
    public static Map<String, Object> withMoney(Map<String, Object> row, String... fields) {
        for (String field : fields) {
            if (row.get(field) instanceof Number amount) {
                row.put(field, new java.math.BigDecimal(amount.toString()).setScale(2, java.math.RoundingMode.HALF_UP));
            }
        }
        return row;
    }

    private static String toMinute(String text) {
        java.util.regex.Matcher dateTime = DATE_TIME.matcher(text);
        return dateTime.matches() ? dateTime.group(1) : text;
    }

    static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> toMinute(((JsonString) value).getString());
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue() : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> value.toString();
        };
    }
}
