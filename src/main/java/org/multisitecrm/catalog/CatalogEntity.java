package org.multisitecrm.catalog;

import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Requirement;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entity as the API exposes it: its JPA class, its allowlisted fields in order, who may write it,
 * and how (the generic writer or a service that keeps the entity's rules). {@code offersOptions}: a
 * foreign key to it is a pseudoconstant ({@code location_type_id:name}), as CiviCRM's small tables are.
 */
public record CatalogEntity(String name, String description, Class<?> jpaClass, Map<String, CatalogField> fields,
                        Requirement writeRequirement, RecordWriter writer, CatalogField defaultFilterField,
                        Object defaultFilterValue, String labelField, List<String> searchFields,
                            Map<String, EntityAction.Declared> customActions, Map<String, EntityOperation.Declared> operations,
                            boolean alias, boolean offersOptions) {

    public CatalogEntity {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        searchFields = List.copyOf(searchFields);
        customActions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customActions));
        operations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(operations));
    }

    /** Whether the entity has a label to offer in an autocomplete (CiviCRM's {@code label_field}). */
    public boolean hasLabel() {
        return labelField != null;
    }

    /**
     * The field an option of this entity is named by ({@code membership_type_id:name}): its {@code name}
     * where it has one, else its label.
     */
    public String optionNameField() {
        return fields.containsKey("name") ? "name" : labelField;
    }

    public String jpaName() {
        return jpaClass.getSimpleName();
    }

    public Optional<EntityAction.Declared> customAction(String action) {
        return Optional.ofNullable(customActions.get(action));
    }

    /** An action of the entity as a whole ({@code Order.create}), run with the call's parameters. */
    public Optional<EntityOperation.Declared> operation(String action) {
        return Optional.ofNullable(operations.get(action));
    }

    public boolean isWritable() {
        return writer != null;
    }

    public Optional<CatalogField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field, or a 400 naming it: every name a client sends is checked here before it reaches a query. */
    public CatalogField require(String name, String param) {
        return field(name).orElseThrow(() -> new InvalidInput(param,
                "'" + name + "' is not a field of " + this.name));
    }

    /** As {@link #require}, for a read: a secret the caller may not read is answered as no field at all. */
    public CatalogField readable(String name, String param) {
        CatalogField field = require(name, param);
        if (!field.isReadable()) {
            throw new InvalidInput(param, "'" + name + "' is not a field of " + this.name);
        }
        return field;
    }

    public Collection<CatalogField> allFields() {
        return fields.values();
    }

    public List<String> actions() {
        List<String> actions = new java.util.ArrayList<>(List.of("get"));
        if (hasLabel()) {
            actions.add("autocomplete");
        }
        if (isWritable()) {
            actions.addAll(List.of("create", "update", "save", "delete", "replace"));
        }
        operations.keySet().stream().filter(name -> !actions.contains(name)).forEach(actions::add);
        actions.addAll(customActions.keySet());
        actions.addAll(List.of("getFields", "getActions", "checkAccess"));
        return List.copyOf(actions);
    }
}
