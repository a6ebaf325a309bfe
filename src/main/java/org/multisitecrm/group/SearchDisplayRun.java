package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogQuery;
import org.multisitecrm.catalog.CountedRows;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.EntityOperation;
import org.multisitecrm.catalog.FieldValues;
import org.multisitecrm.catalog.QueryPlan;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * SearchKit's {@code SearchDisplay.run}: a saved search (by name) shown through one of its displays,
 * with the caller's filters and sort, a page at a time ({@code return: "page:N"}) or counted
 * ({@code "row_count"}). It is a get of the search's entity like any other, so the caller's scoping and
 * visibility apply: a branch running head office's search sees only its own part of the answer.
 * Rows come as CiviCRM's {@code {key, data, columns}}.
 */
@ApplicationScoped
class SearchDisplayRun implements EntityOperation {

    private static final Set<String> PARAMS = Set.of("savedSearch", "display", "filters", "sort", "limit", "return", "seed",
            "afform", "checkPermissions", "version", "debug");
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 500;

    @Inject
    private EntityCatalog catalog;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public List<JsonObject> run(CatalogEntity displays, JsonObject params) {
        for (String key : params.keySet()) {
            if (!PARAMS.contains(key)) {
                throw new InvalidInput(key, "is not a parameter of SearchDisplay.run " + new java.util.TreeSet<>(PARAMS));
            }
        }
        JsonObject search = savedSearch(params);
        JsonObject apiParams = search.getJsonObject("api_params");
        JsonObject settings = displaySettings(search.getJsonNumber("id").longValue(), params);
        CatalogEntity entity = catalog.find(search.getString("api_entity"))
                .orElseThrow(() -> new InvalidInput("savedSearch", "its api_entity is not an API entity"));
        List<String> select = strings(apiParams, "select");
        CatalogQuery query = new CatalogQuery(entity, catalog)
                .join(array(apiParams, "join"), catalog)
                .select(select.isEmpty() ? List.of("*") : select)
                .groupBy(strings(apiParams, "groupBy"))
                .having(array(apiParams, "having"))
                .where(where(apiParams, params, entity))
                .orderBy(order(apiParams, settings, params));
        String wanted = params.containsKey("return") ? text(params.get("return"), "return") : "page:1";
        if (wanted.equals("row_count")) {
            return new CountedRows(List.of(), count(entity, query, strings(apiParams, "groupBy").isEmpty()));
        }
        if (!wanted.matches("page:[1-9][0-9]{0,6}")) {
            throw new InvalidInput("return", "is \"page:N\" or \"row_count\", not '" + FieldValues.abbreviate(wanted) + "'");
        }
        int page = Integer.parseInt(wanted.substring(5));
        int size = pageSize(params, settings);
        List<String> columns = columnKeys(settings, query);
        List<JsonObject> rows = new ArrayList<>();
        for (JsonObject row : new QueryPlan(entity, query, size, (page - 1) * size, null, null).rows(em)) {
            rows.add(displayed(row, columns));
        }
        return rows;
    }

    /** The search by name, read as the caller reads saved searches. */
    private JsonObject savedSearch(JsonObject params) {
        JsonValue given = params.get("savedSearch");
        if (!(given instanceof JsonString name)) {
            throw new InvalidInput("savedSearch", "name the saved search to run");
        }
        CatalogEntity searches = catalog.require("SavedSearch");
        CatalogQuery query = new CatalogQuery(searches, catalog).select(List.of("id", "api_entity", "api_params"))
                .where(JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("name").add("=").add(name.getString())).build());
        List<JsonObject> found = new QueryPlan(searches, query, 1, 0, null, null).rows(em);
        if (found.isEmpty()) {
            throw new InvalidInput("savedSearch", "no saved search is named '" + FieldValues.abbreviate(name.getString()) + "'");
        }
        return found.get(0);
    }

    /** The named display's settings, or none (every selected column, CiviCRM's default page). */
    private JsonObject displaySettings(long searchId, JsonObject params) {
        JsonValue given = params.get("display");
        if (given == null || given == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        String name = text(given, "display");
        CatalogEntity displays = catalog.require("SearchDisplay");
        CatalogQuery query = new CatalogQuery(displays, catalog).select(List.of("settings"))
                .where(JSON.createArrayBuilder()
                        .add(JSON.createArrayBuilder().add("saved_search_id").add("=").add(searchId))
                        .add(JSON.createArrayBuilder().add("name").add("=").add(name)).build());
        List<JsonObject> found = new QueryPlan(displays, query, 1, 0, null, null).rows(em);
        if (found.isEmpty()) {
            throw new InvalidInput("display", "the saved search has no display named '" + FieldValues.abbreviate(name) + "'");
        }
        return found.get(0).get("settings") instanceof JsonObject settings ? settings : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The search's where and the caller's filters: a list is IN, text on a plain text field CONTAINS, anything else =. */
    private static JsonArray where(JsonObject apiParams, JsonObject params, CatalogEntity entity) {
        JsonArrayBuilder where = JSON.createArrayBuilder(array(apiParams, "where"));
        JsonValue filters = params.get("filters");
        if (filters == null || filters == JsonValue.NULL) {
            return where.build();
        }
        if (!(filters instanceof JsonObject byField)) {
            throw new InvalidInput("filters", "is an object of field: value");
        }
        byField.forEach((field, value) -> {
            boolean text = value instanceof JsonString && entity.field(field).filter(f -> f.dataType().equals("String")
                    && f.options().isEmpty() && !f.javaType().isEnum()).isPresent();
            String op = value instanceof JsonArray ? "IN" : text ? "CONTAINS" : "=";
            where.add(JSON.createArrayBuilder().add(field).add(op).add(value));
        });
        return where.build();
    }

    /** The caller's sort, else the display's, else the search's own. */
    private static JsonObject order(JsonObject apiParams, JsonObject settings, JsonObject params) {
        JsonValue sort = params.containsKey("sort") ? params.get("sort") : settings.get("sort");
        if (sort == null || sort == JsonValue.NULL) {
            return apiParams.get("orderBy") instanceof JsonObject order ? order : JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(sort instanceof JsonArray pairs)) {
            throw new InvalidInput("sort", "is a list of [field, \"ASC\"|\"DESC\"]");
        }
        JsonObjectBuilder order = JSON.createObjectBuilder();
        for (JsonValue pair : pairs) {
            if (!(pair instanceof JsonArray p) || p.size() != 2) {
                throw new InvalidInput("sort", "is a list of [field, \"ASC\"|\"DESC\"]");
            }
            order.add(text(p.get(0), "sort"), p.get(1));
        }
        return order.build();
    }

    private static int pageSize(JsonObject params, JsonObject settings) {
        JsonValue limit = params.containsKey("limit") ? params.get("limit") : settings.get("limit");
        if (limit == null || limit == JsonValue.NULL) {
            return DEFAULT_PAGE_SIZE;
        }
        if (!(limit instanceof JsonNumber number) || !number.isIntegral() || number.intValue() < 1 || number.intValue() > MAX_PAGE_SIZE) {
            throw new InvalidInput("limit", "is a page size from 1 to " + MAX_PAGE_SIZE);
        }
        return number.intValue();
    }

    private long count(CatalogEntity entity, CatalogQuery query, boolean ungrouped) {
        if (ungrouped) {
            return query.count(em);
        }
        return new QueryPlan(entity, query, 0, 0, null, null).rows(em).size();
    }

    /** The display's column keys, else every selected column. */
    private static List<String> columnKeys(JsonObject settings, CatalogQuery query) {
        List<String> keys = new ArrayList<>();
        if (settings.get("columns") instanceof JsonArray columns) {
            columns.forEach(c -> {
                if (c instanceof JsonObject column && column.get("key") instanceof JsonString key) {
                    keys.add(key.getString());
                }
            });
        }
        if (keys.isEmpty()) {
            query.columns().forEach(c -> keys.add(c.name()));
        }
        return keys;
    }

    private static JsonObject displayed(JsonObject row, List<String> columns) {
        JsonArrayBuilder cells = JSON.createArrayBuilder();
        for (String key : columns) {
            cells.add(JSON.createObjectBuilder().add("val", row.getOrDefault(key, JsonValue.NULL)));
        }
        JsonObjectBuilder shown = JSON.createObjectBuilder().add("data", row).add("columns", cells);
        shown.add("key", row.getOrDefault("id", JsonValue.NULL));
        return shown.build();
    }

    private static JsonArray array(JsonObject params, String key) {
        return params.get(key) instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static List<String> strings(JsonObject params, String key) {
        return array(params, key).stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList();
    }

    private static String text(JsonValue value, String param) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInput(param, "is text");
    }
}
