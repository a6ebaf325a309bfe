package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.setting.EffectiveSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogQuery;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.QueryPlan;
import org.multisitecrm.catalog.QueryLimits;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviCRM's {@code autocomplete} action: a page of {@code {id, label, description}} whose label (or,
 * for contacts, sort name) starts with the input, or the records named by {@code ids} (to show what a
 * field already holds). The page size is the domain's {@code search_autocomplete_count}; with
 * {@code includeWildCardInName} the input may match anywhere. {@code countMatched} exceeds
 * {@code count} when there is a next page. It is a get underneath: same visibility, same checks.
 * {@code formName} and {@code fieldName} are accepted (CiviCRM's form builder sends them) but change
 * nothing: this server has no form-specific filters.
 */
@ApplicationScoped
public class Autocomplete {

    private static final Set<String> PARAMS = Set.of("input", "ids", "page", "filters", "formName", "fieldName");

    @Inject
    private EntityCatalog entities;
    @Inject
    private EffectiveSettings settings;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    JsonObject run(CatalogEntity entity, ApiParams params) {
        params.allowOnly(PARAMS, entity.name() + ".autocomplete");
        JsonArrayBuilder where = JSON.createArrayBuilder();
        JsonArray ids = params.array("ids");
        int perPage = (int) Math.max(1, Math.min(settings.longValue("search_autocomplete_count").orElse(10L), 1000));
        int page = Math.max(1, params.nonNegative("page"));
        if (!ids.isEmpty()) {
            where.add(clause("id", "IN", ids));
        } else {
            String input = params.value("input").map(Autocomplete::text).orElse("").trim();
            if (!input.isEmpty()) {
                String pattern = (settings.isTrue("includeWildCardInName") ? "%" : "") + input + "%";
                JsonArrayBuilder anyField = JSON.createArrayBuilder();
                entity.searchFields().forEach(field -> anyField.add(clause(field, "LIKE", JSON.createValue(pattern))));
                where.add(JSON.createArrayBuilder().add("OR").add(anyField));
            }
        }
        for (Map.Entry<String, JsonValue> filter : params.object("filters").entrySet()) {
            boolean many = filter.getValue() instanceof JsonArray;
            where.add(clause(filter.getKey(), many ? "IN" : "=", filter.getValue()));
        }
        List<String> select = new ArrayList<>(List.of("id", entity.labelField()));
        boolean described = entity.field("description").isPresent();
        if (described) {
            select.add("description");
        }
        CatalogQuery query = new CatalogQuery(entity, entities).select(select).where(where.build())
                .orderBy(JSON.createObjectBuilder().add(order(entity), "ASC").add("id", "ASC").build());
        int limit = ids.isEmpty() ? perPage + 1 : 0;
        long start = (long) (page - 1) * perPage;
        if (start > QueryLimits.MAX_OFFSET) {
            throw new InvalidInput("page", "page " + page + " starts past the last row an autocomplete pages to (limit MAX_OFFSET)");
        }
        int offset = ids.isEmpty() ? (int) start : 0;
        List<JsonObject> fetched = new QueryPlan(entity, query, limit, offset, null, null).rows(em);
        List<JsonObject> shown = ids.isEmpty() ? fetched.subList(0, Math.min(perPage, fetched.size())) : fetched;
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (JsonObject row : shown) {
            JsonObjectBuilder option = JSON.createObjectBuilder().add("id", row.get("id")).add("label", row.get(entity.labelField()));
            if (described) {
                option.add("description", row.get("description"));
            }
            values.add(option);
        }
        return JSON.createObjectBuilder()
                .add("entity", entity.name()).add("action", "autocomplete").add("version", 4)
                .add("count", shown.size()).add("countFetched", shown.size()).add("countMatched", fetched.size())
                .add("values", values)
                .build();
    }

    /**
     * Options come in the order of the first field they are searched by (a contact's sort_name, as a
     * filing cabinet), else of their label: that field is indexed, so a page of options stops at its
     * last row; ordered by display_name, a branch with half a million contacts sorted every match and
     * passed the database's 20 s limit.
     */
    private static String order(CatalogEntity entity) {
        return entity.searchFields().isEmpty() ? entity.labelField() : entity.searchFields().get(0);
    }

    private static JsonArray clause(String field, String operator, JsonValue value) {
        return JSON.createArrayBuilder().add(field).add(operator).add(value).build();
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value == JsonValue.NULL) {
            return "";
        }
        throw new InvalidInput("input", "must be text");
    }
}
