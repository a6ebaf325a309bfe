package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.setting.SettingDefinition;
import org.multisitecrm.setting.SettingRow;
import org.multisitecrm.setting.SettingTarget;
import org.multisitecrm.setting.SettingsService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.multisitecrm.catalog.FieldValues;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviCRM's own action set for {@code Setting}: get, set, revert, getFields, getActions, with
 * {@code domainId} (an id, {@code current_domain}, or {@code all}). Rows are {@code {name, value,
 * domain_id}} as CiviCRM's, plus {@code source}: where the value in force comes from.
 */
@ApplicationScoped
public class SettingActions {

    static final String ENTITY = "Setting";
    private static final List<String> ACTIONS = List.of("get", "set", "revert", "getFields", "getActions");

    @Inject
    private SettingsService settings;

    List<JsonObject> run(String action, ApiParams params) {
        return switch (action) {
            case "get" -> rows(settings.get(target(params.allowOnly(Set.of("select", "domainId"), "Setting.get")),
                    params.strings("select")));
            case "set" -> {
                params.allowOnly(Set.of("values", "domainId"), "Setting.set");
                Map<String, JsonValue> values = new HashMap<>(params.object("values"));
                yield rows(settings.set(target(params), values));
            }
            case "revert" -> rows(settings.revert(target(params.allowOnly(Set.of("select", "domainId"), "Setting.revert")),
                    params.strings("select")));
            case "getFields" -> fields(params.allowOnly(Set.of("select", "loadOptions", "action", "where", "domainId"),
                    "Setting.getFields"));
            case "getActions" -> ACTIONS.stream().map(a -> JSON.createObjectBuilder().add("name", a).build()).toList();
            default -> throw new NotFound("Action '" + action + "' of API entity 'Setting' does not exist");
        };
    }

    private static SettingTarget target(ApiParams params) {
        JsonValue domainId = params.value("domainId").orElse(null);
        if (domainId == null) {
            return SettingTarget.current();
        }
        String text = domainId instanceof JsonString s ? s.getString() : domainId.toString();
        if (text.equals("current_domain")) {
            return SettingTarget.current();
        }
        if (text.equals("all")) {
            return SettingTarget.all();
        }
        try {
            long id = domainId instanceof JsonNumber n ? n.longValueExact() : Long.parseLong(text);
            if (id < 1) {
                throw new NumberFormatException();
            }
            return SettingTarget.domain(id);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInput("domainId", "must be a domain id, current_domain or all, not '" + FieldValues.abbreviate(text) + "'");
        }
    }

    private static List<JsonObject> rows(List<SettingRow> rows) {
        List<JsonObject> json = new ArrayList<>();
        for (SettingRow row : rows) {
            json.add(JSON.createObjectBuilder()
                    .add("name", row.name()).add("value", row.value()).add("domain_id", row.domainId())
                    .add("source", row.source().describe())
                    .build());
        }
        return json;
    }

    /** The metadata of every setting, with its value in force on the domain asked for and that value's source. */
    private List<JsonObject> fields(ApiParams params) {
        Map<String, SettingRow> current = settings.get(target(params), List.of()).stream()
                .collect(Collectors.toMap(SettingRow::name, Function.identity(), (a, b) -> a));
        List<JsonObject> fields = new ArrayList<>();
        for (SettingDefinition definition : settings.definitions()) {
            JsonObjectBuilder field = JSON.createObjectBuilder()
                    .add("name", definition.name()).add("title", definition.title())
                    .add("description", definition.description()).add("type", "Field")
                    .add("data_type", definition.type().label())
                    .add("default_value", definition.defaultValue())
                    .add("is_domain", definition.scope() == org.multisitecrm.setting.SettingScope.DOMAIN)
                    .add("is_contact", definition.scope() == org.multisitecrm.setting.SettingScope.CONTACT)
                    .add("is_constant", definition.constant())
                    .add("is_secret", definition.secret())
                    .add("head_office_only", definition.headOfficeOnly());
            if (!definition.options().isEmpty()) {
                JsonArrayBuilder options = JSON.createArrayBuilder();
                definition.options().forEach(options::add);
                field.add("options", options);
            }
            SettingRow row = current.get(definition.name());
            if (row != null) {
                field.add("value", row.value()).add("source", row.source().describe());
            }
            fields.add(field.build());
        }
        return fields;
    }
}
