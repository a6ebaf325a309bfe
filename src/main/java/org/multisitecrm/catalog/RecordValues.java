package org.multisitecrm.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one record to write, checked against the entity's fields and converted to their Java
 * types; a foreign key is its id (a {@code Long}), whether or not the JPA side maps it as an association.
 */
public final class RecordValues {

    private final Map<CatalogField, Object> values = new LinkedHashMap<>();

    void put(CatalogField field, Object value) {
        values.put(field, value);
    }

    /** The value sent for the field; null when it was not sent or was sent as null (a value cleared). */
    public Object get(String field) {
        for (Map.Entry<CatalogField, Object> entry : values.entrySet()) {
            if (entry.getKey().name().equals(field)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The value sent for a field, or {@code current} when it was not sent (an update keeps what it does not mention). */
    @SuppressWarnings("unchecked")
    public <T> T getOr(String field, T current) {
        return has(field) ? (T) get(field) : current;
    }

    /** A value that must be there: on create, or to replace the one a record has. */
    public <T> T require(String field) {
        T value = getOr(field, null);
        if (value == null) {
            throw new org.multisitecrm.infrastructure.validation.InvalidInput(field, "is required");
        }
        return value;
    }

    /** The values but those of the named fields: what a writer leaves to the catalogue after applying its own. */
    public RecordValues without(java.util.Set<String> names) {
        RecordValues rest = new RecordValues();
        values.forEach((field, value) -> {
            if (!names.contains(field.name())) {
                rest.put(field, value);
            }
        });
        return rest;
    }

    /**
     * A field holding ids, one or a list of them as CiviCRM takes either ({@code target_contact_id: 5}
     * or {@code [5, 6]}); none when it was sent empty. A value that is not ids is refused naming the field.
     */
    public List<Long> ids(String field) {
        Object value = get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Number number) {
            return List.of(number.longValue());
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        try (var reader = org.multisitecrm.infrastructure.json.Jsons.JSON.createReader(new java.io.StringReader(value.toString()))) {
            jakarta.json.JsonValue parsed = reader.readValue();
            List<jakarta.json.JsonValue> items = parsed instanceof jakarta.json.JsonArray array ? array : List.of(parsed);
            for (jakarta.json.JsonValue item : items) {
                ids.add(item instanceof jakarta.json.JsonNumber n ? n.longValueExact()
                        : Long.parseLong(item instanceof jakarta.json.JsonString s ? s.getString().trim() : item.toString()));
            }
        } catch (RuntimeException e) {
            throw new org.multisitecrm.infrastructure.validation.InvalidInput(field, "is an id or a list of ids");
        }
        return List.copyOf(ids);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(String field) {
        return values.keySet().stream().anyMatch(f -> f.name().equals(field));
    }

    public Map<CatalogField, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
