package org.multisitecrm.api4;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of one record to write, checked against the entity's fields and converted to their Java types. */
public final class ApiRecord {

    private final Map<ApiField, Object> values = new LinkedHashMap<>();

    void put(ApiField field, Object value) {
        values.put(field, value);
    }

    public Object get(String field) {
        return values.entrySet().stream().filter(e -> e.getKey().name().equals(field)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public boolean has(String field) {
        return values.keySet().stream().anyMatch(f -> f.name().equals(field));
    }

    public Map<ApiField, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
