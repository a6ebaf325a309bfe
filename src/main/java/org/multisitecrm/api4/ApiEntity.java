package org.multisitecrm.api4;

import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Permission;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entity as the API exposes it: its JPA class, its allowlisted fields in order, who may write it,
 * and how (the generic writer or a service that keeps the entity's rules).
 */
public record ApiEntity(String name, String description, Class<?> jpaClass, Map<String, ApiField> fields,
                        Permission writePermission, RecordWriter writer, ApiField defaultFilterField,
                        Object defaultFilterValue) {

    public ApiEntity {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String jpaName() {
        return jpaClass.getSimpleName();
    }

    public boolean isWritable() {
        return writer != null;
    }

    public Optional<ApiField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field, or a 400 naming it: every name a client sends is checked here before it reaches a query. */
    public ApiField require(String name, String param) {
        return field(name).orElseThrow(() -> new InvalidInput(param,
                "'" + name + "' is not a field of " + this.name));
    }

    public Collection<ApiField> allFields() {
        return fields.values();
    }

    public List<String> actions() {
        return isWritable()
                ? List.of("get", "create", "update", "save", "delete", "replace", "getFields", "getActions", "checkAccess")
                : List.of("get", "getFields", "getActions", "checkAccess");
    }
}
