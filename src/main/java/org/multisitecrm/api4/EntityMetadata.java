package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviCRM's {@code Entity} pseudo-entity: what a client discovers before anything else (name, title,
 * plural title, description, type, primary key, label field, searchable), answered from the catalogue,
 * so it lists exactly the entities this server exposes. {@code where} takes {@code name =} or
 * {@code name IN}; {@code select} picks the columns.
 */
@ApplicationScoped
public class EntityMetadata {

    static final String ENTITY = "Entity";
    private static final List<String> COLUMNS = List.of("name", "title", "title_plural", "description", "type", "primary_key",
            "label_field", "searchable");

    @Inject
    private EntityCatalog catalog;

    List<JsonObject> run(String action, ApiParams params) {
        return switch (action) {
            case "get" -> get(params.allowOnly(Set.of("select", "where"), "Entity.get"));
            case "getActions" -> List.of(JSON.createObjectBuilder().add("name", "get").build(),
                    JSON.createObjectBuilder().add("name", "getActions").build());
            default -> throw new NotFound("Action '" + action + "' of API entity 'Entity' does not exist");
        };
    }

    private List<JsonObject> get(ApiParams params) {
        Set<String> wanted = names(params.array("where"));
        List<String> select = params.strings("select").isEmpty() ? COLUMNS : params.strings("select");
        select.stream().filter(c -> !COLUMNS.contains(c)).findFirst().ifPresent(c -> {
            throw new InvalidInput("select", "'" + c + "' is not a field of Entity (one of " + COLUMNS + ")");
        });
        List<JsonObject> rows = new ArrayList<>();
        for (CatalogEntity entity : catalog.all()) {
            if (wanted == null || wanted.contains(entity.name())) {
                rows.add(row(entity.name(), entity.description(), "DAOEntity", "id", entity.labelField(),
                        entity.name().equals("Contact") ? "primary" : "secondary", select));
            }
        }
        for (String[] pseudo : new String[][] {{SettingActions.ENTITY, "Settings of each domain, with their sources."},
                {ENTITY, "The entities this server exposes."},
                {SystemActions.ENTITY, "What runs here, and the status checks of the domain."}}) {
            if (wanted == null || wanted.contains(pseudo[0])) {
                rows.add(row(pseudo[0], pseudo[1], "BasicEntity", "name", null, "none", select));
            }
        }
        return rows;
    }

    private static JsonObject row(String name, String description, String type, String key, String label, String searchable,
                                  List<String> select) {
        String title = title(name);
        var all = JSON.createObjectBuilder().add("name", name).add("title", title).add("title_plural", plural(title))
                .add("description", description).add("type", JSON.createArrayBuilder().add(type))
                .add("primary_key", JSON.createArrayBuilder().add(key)).add("searchable", searchable);
        if (label == null) {
            all.addNull("label_field");
        } else {
            all.add("label_field", label);
        }
        JsonObject full = all.build();
        var picked = JSON.createObjectBuilder();
        select.forEach(c -> picked.add(c, full.get(c)));
        return picked.build();
    }

    /** {@code null} for every entity; else the names a {@code name =} or {@code name IN} asks for. */
    private static Set<String> names(JsonArray where) {
        if (where.isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue clause : where) {
            if (!(clause instanceof JsonArray c) || c.size() != 3 || !"name".equals(c.getString(0, null))) {
                throw new InvalidInput("where", "Entity.get is filtered by name only: [\"name\", \"=\" or \"IN\", ...]");
            }
            String op = c.getString(1, "");
            if (op.equals("=") && c.get(2) instanceof JsonString s) {
                names.add(s.getString());
            } else if (op.equals("IN") && c.get(2) instanceof JsonArray list) {
                list.forEach(v -> names.add(v instanceof JsonString s ? s.getString() : v.toString()));
            } else {
                throw new InvalidInput("where", "Entity.get is filtered by name only: [\"name\", \"=\" or \"IN\", ...]");
            }
        }
        return names;
    }

    /** {@code MembershipType} → "Membership Type", {@code ACLEntityRole} → "ACL Entity Role". */
    static String title(String name) {
        return String.join(" ", name.split("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    }

    static String plural(String title) {
        if (title.matches(".*(s|x|ch|sh)$")) {
            return title + "es";
        }
        if (title.matches(".*[^aeiou]y$")) {
            return title.substring(0, title.length() - 1) + "ies";
        }
        return title + "s";
    }
}
