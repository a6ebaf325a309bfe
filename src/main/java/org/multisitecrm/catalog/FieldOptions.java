package org.multisitecrm.catalog;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The options of a field, whatever backs them: one of CiviCRM's option groups, an enumeration, or
 * another entity offered as options (a location type, a membership type): CiviCRM's pseudoconstants.
 * Another entity's options are read by the same query as any read of it, so a branch is offered the
 * rows it sees and never learns the names of another domain's.
 */
public final class FieldOptions {

    private final EntityCatalog entities;
    private final Supplier<OptionSource> optionGroups;

    FieldOptions(EntityCatalog entities, Supplier<OptionSource> optionGroups) {
        this.entities = entities;
        this.optionGroups = optionGroups;
    }

    /** Whether the field has options, known without reading them. */
    public boolean has(CatalogField field) {
        return !suffixes(field).isEmpty();
    }

    /** The suffixes the field answers ({@code :name}, {@code :label}...), none when it has no options. */
    public List<String> suffixes(CatalogField field) {
        if (field.options().isPresent()) {
            return FieldOption.ALL_SUFFIXES;
        }
        if (isEnumeration(field) || offeringEntity(field) != null) {
            return FieldOption.BASIC_SUFFIXES;
        }
        return List.of();
    }

    /** The field's options, in their order; empty when it has none. */
    public List<FieldOption> of(CatalogField field) {
        if (field.options().isPresent()) {
            return optionGroups.get().choices(field.options().get());
        }
        if (isEnumeration(field)) {
            List<FieldOption> constants = new ArrayList<>();
            for (Object constant : field.javaType().getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                constants.add(FieldOption.named(name, name, name));
            }
            return constants;
        }
        CatalogEntity target = offeringEntity(field);
        return target == null ? List.of() : rowsOf(target);
    }

    private static boolean isEnumeration(CatalogField field) {
        return !field.association() && field.javaType().isEnum();
    }

    private CatalogEntity offeringEntity(CatalogField field) {
        return field.foreignEntity().flatMap(entities::find).filter(CatalogEntity::offersOptions).orElse(null);
    }

    private List<FieldOption> rowsOf(CatalogEntity target) {
        String name = target.optionNameField();
        String label = target.labelField();
        JsonArray noCondition = JsonValue.EMPTY_JSON_ARRAY;
        CatalogQuery query = new CatalogQuery(target, entities).select(List.of("id", name, label)).where(noCondition);
        List<FieldOption> options = new ArrayList<>();
        for (JsonObject row : new QueryPlan(target, query, 0, 0, null, null).rows(entities.entityManager())) {
            options.add(FieldOption.named(row.get("id").toString(), text(row.get(name)), text(row.get(label))));
        }
        return options;
    }

    private static String text(JsonValue value) {
        return value instanceof jakarta.json.JsonString s ? s.getString() : value == null || value == JsonValue.NULL ? null : value.toString();
    }
}
