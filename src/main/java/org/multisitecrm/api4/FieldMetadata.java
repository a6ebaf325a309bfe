package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogField;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.FieldOption;
import org.multisitecrm.catalog.FieldOptions;
import org.multisitecrm.catalog.FieldValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviCRM's {@code getFields}: each field with the attributes APIv4 clients build forms from
 * ({@code title}, {@code data_type}, {@code input_type}, {@code required}, {@code readonly},
 * {@code fk_entity}, {@code serialize}, {@code default_value}, {@code options}, {@code suffixes}). As in
 * CiviCRM, {@code action} (default {@code get}) decides what is required, and {@code loadOptions}
 * whether {@code options} is a flag, a value-to-label map ({@code true}) or rows of the attributes asked.
 */
@ApplicationScoped
class FieldMetadata {

    private static final Set<String> PARAMS = Set.of("action", "loadOptions", "select", "where", "values", "includeCustom");
    private static final Set<String> OPTION_ATTRIBUTES = Set.of("id", "name", "label", "description", "icon", "color", "grouping");
    /** CRM_Core_DAO::SERIALIZE_JSON. */
    private static final int SERIALIZE_JSON = 3;

    @Inject
    private EntityCatalog entities;

    @Inject
    private org.multisitecrm.catalog.ColumnLengths lengths;

    List<JsonObject> run(CatalogEntity entity, ApiParams params) {
        params.allowOnly(PARAMS, entity.name() + ".getFields");
        String action = params.value("action").map(FieldMetadata::text).orElse("get");
        if (!entity.actions().contains(action)) {
            throw new InvalidInput("action", entity.name() + " has no action '" + FieldValues.abbreviate(action) + "'");
        }
        JsonValue loadOptions = params.value("loadOptions").orElse(JsonValue.FALSE);
        Set<String> names = wantedNames(params.array("where"));
        List<String> select = params.strings("select");
        FieldOptions options = entities.fieldOptions();
        List<JsonObject> fields = new ArrayList<>();
        for (CatalogField field : entity.allFields()) {
            boolean shown = field.isReadable() || (!field.isColumn() && !action.equals("get"));
            if (!shown || (names != null && !names.contains(field.name()))) {
                continue;
            }
            JsonObject row = describe(entity, field, action, options, loadOptions);
            fields.add(select.isEmpty() ? row : selected(row, select));
        }
        return fields;
    }

    private JsonObject describe(CatalogEntity entity, CatalogField field, String action, FieldOptions options, JsonValue loadOptions) {
        boolean hasOptions = options.has(field);
        JsonObjectBuilder row = JSON.createObjectBuilder()
                .add("name", field.name()).add("title", field.title()).add("label", field.title()).add("entity", entity.name())
                .add("type", "Field").add("column_name", field.name()).add("data_type", field.dataType())
                .add("input_type", inputType(field, hasOptions))
                .add("required", action.equals("create") && field.required()).add("readonly", field.readOnly())
                .add("nullable", field.nullable())
                .add("default_value", field.defaultValue() == null ? JsonValue.NULL : FieldValues.toJson(field.defaultValue()));
        field.foreignEntity().ifPresentOrElse(fk -> row.add("fk_entity", fk), () -> row.addNull("fk_entity"));
        if (field.serialized()) {
            row.add("serialize", SERIALIZE_JSON);
        } else {
            row.addNull("serialize");
        }
        if (field.isColumn() && field.dataType().equals("String")) {
            lengths.of(entity, field.name()).ifPresent(max -> row.add("input_attrs", JSON.createObjectBuilder().add("maxlength", max)));
        }
        field.options().ifPresent(group -> row.add("pseudoconstant", JSON.createObjectBuilder().add("optionGroupName", group)));
        if (hasOptions) {
            row.add("suffixes", JSON.createArrayBuilder(options.suffixes(field)));
        }
        row.add("options", !hasOptions ? JsonValue.FALSE : optionsValue(options.of(field), loadOptions));
        return row.build();
    }

    private static JsonValue optionsValue(List<FieldOption> options, JsonValue loadOptions) {
        if (loadOptions == JsonValue.FALSE || loadOptions == JsonValue.NULL) {
            return JsonValue.TRUE;
        }
        if (loadOptions == JsonValue.TRUE) {
            JsonObjectBuilder byValue = JSON.createObjectBuilder();
            options.forEach(o -> byValue.add(o.value(), o.label() == null ? "" : o.label()));
            return byValue.build();
        }
        if (!(loadOptions instanceof JsonArray attributes)) {
            throw new InvalidInput("loadOptions", "is true, false or a list of option attributes " + OPTION_ATTRIBUTES);
        }
        List<String> wanted = new ArrayList<>();
        for (JsonValue attribute : attributes) {
            String name = text(attribute);
            if (!OPTION_ATTRIBUTES.contains(name)) {
                throw new InvalidInput("loadOptions", "'" + FieldValues.abbreviate(name) + "' is not an option attribute " + OPTION_ATTRIBUTES);
            }
            wanted.add(name);
        }
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (FieldOption option : options) {
            JsonObjectBuilder row = JSON.createObjectBuilder();
            wanted.forEach(a -> row.add(a, option.attribute(a) == null ? JsonValue.NULL : JSON.createValue(option.attribute(a))));
            rows.add(row);
        }
        return rows.build();
    }

    /** CiviCRM's widget for the field: what a generic form renders. */
    private static String inputType(CatalogField field, boolean hasOptions) {
        if (field.name().equals("id")) {
            return "Number";
        }
        if (hasOptions && !field.association()) {
            return "Select";
        }
        if (field.foreignEntity().isPresent()) {
            return "EntityRef";
        }
        return switch (field.dataType()) {
            case "Boolean" -> "CheckBox";
            case "Date", "Timestamp" -> "Select Date";
            case "Integer" -> "Number";
            default -> field.name().equals("email") ? "Email" : field.serialized() ? "TextArea" : "Text";
        };
    }

    /** The field names a where asks for ({@code name =} or {@code name IN}); null when it asks for all. */
    private static Set<String> wantedNames(JsonArray where) {
        if (where.isEmpty()) {
            return null;
        }
        Set<String> names = new java.util.HashSet<>();
        for (JsonValue clause : where) {
            if (!(clause instanceof JsonArray c) || c.size() != 3 || !"name".equals(text(c.get(0)))) {
                throw new InvalidInput("where", "getFields filters by name: [\"name\", \"=\"|\"IN\", ...]");
            }
            String op = text(c.get(1));
            if (op.equals("=")) {
                names.add(text(c.get(2)));
            } else if (op.equals("IN") && c.get(2) instanceof JsonArray list) {
                list.forEach(v -> names.add(text(v)));
            } else {
                throw new InvalidInput("where", "getFields filters by name with = or IN, not '" + FieldValues.abbreviate(op) + "'");
            }
        }
        return names;
    }

    private static JsonObject selected(JsonObject row, List<String> select) {
        JsonObjectBuilder picked = JSON.createObjectBuilder();
        for (String name : select) {
            if (!row.containsKey(name)) {
                throw new InvalidInput("select", "'" + FieldValues.abbreviate(name) + "' is not a field attribute");
            }
            picked.add(name, row.get(name));
        }
        return picked.build();
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInput("getFields", "expected text, not " + value);
    }
}
