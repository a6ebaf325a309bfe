package org.multisitecrm.catalog;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;


/**
 * Conversion between JSON as APIv4 clients send it (numbers often as strings, booleans as 0/1) and the
 * Java type of a field; a value that does not fit is a 400 naming the field and the value.
 */
public final class FieldValues {

    /**
     * How CiviCRM prints a datetime: to the second, or to the microsecond when there is a fraction
     * (truncated, as stored). Built once: a pattern parsed per value was 1% of a by-id call's CPU.
     */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    /**
     * The JSON provider, looked up once. Each {@code JSON.createValue} or {@code JSON.createObjectBuilder}
     * looks it up again through the service loader, a class-path scan under Payara Micro's class
     * loader: per row of a million-row get, that scan was the whole cost. Code that runs per row uses this.
     */
    public static final JsonProvider JSON = org.multisitecrm.infrastructure.json.Jsons.JSON;

    private FieldValues() {
    }

    public static Object toJava(CatalogField field, JsonValue value, String param) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        Class<?> type = field.association() ? Long.class : field.javaType();
        String text = value instanceof JsonString s ? s.getString() : value.toString();
        try {
            if (field.serialized() && (value.getValueType() == JsonValue.ValueType.ARRAY
                    || value.getValueType() == JsonValue.ValueType.OBJECT)) {
                return value.toString();
            }
            if (value.getValueType() == JsonValue.ValueType.ARRAY || value.getValueType() == JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException();
            }
            if (type == Long.class || type == long.class) {
                return new BigDecimal(text.trim()).longValueExact();
            }
            if (type == Integer.class || type == int.class) {
                return new BigDecimal(text.trim()).intValueExact();
            }
            if (type == Boolean.class || type == boolean.class) {
                return switch (text.trim().toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0", "" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException();
                };
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text.trim());
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text.trim().replace(' ', 'T'));
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException();
            }
            if (type == String.class) {
                if (value.getValueType() != JsonValue.ValueType.STRING && value.getValueType() != JsonValue.ValueType.NUMBER) {
                    throw new IllegalArgumentException();
                }
                return text;
            }
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            throw new InvalidInput(param, "'" + abbreviate(text) + "' is not a valid " + describe(field) + " for " + field.name());
        }
        throw new IllegalStateException("No conversion for " + type);
    }

    public static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long l) {
            return JSON.createValue(l);
        }
        if (value instanceof Integer i) {
            return JSON.createValue(i);
        }
        if (value instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (value instanceof Number n) {
            return JSON.createValue(n.longValue());
        }
        if (value instanceof Enum<?> e) {
            return JSON.createValue(e.name());
        }
        if (value instanceof LocalDateTime t) {
            return JSON.createValue((t.getNano() == 0 ? SECONDS : MICROSECONDS).format(t));
        }
        return JSON.createValue(value.toString());
    }

    /** A value read from the database, as the field shows it: a serialized field's text is its JSON again. */
    public static JsonValue toJson(CatalogField field, Object value) {
        if (field != null && field.serialized() && value instanceof String text) {
            try (var reader = JSON.createReader(new java.io.StringReader(text))) {
                return reader.readValue();
            } catch (jakarta.json.JsonException e) {
                return JSON.createValue(text);
            }
        }
        return toJson(value);
    }

    public static boolean isBlank(JsonValue value) {
        return value == null || value == JsonValue.NULL || (value instanceof JsonString s && s.getString().isEmpty());
    }

    private static String describe(CatalogField field) {
        Class<?> type = field.javaType();
        if (!field.association() && type.isEnum()) {
            StringBuilder options = new StringBuilder("value (one of");
            for (Object constant : type.getEnumConstants()) {
                options.append(' ').append(((Enum<?>) constant).name());
            }
            return options.append(')').toString();
        }
        return field.dataType().toLowerCase(Locale.ROOT);
    }

    public static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
