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
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogQuery;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.CountedRows;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.QueryPlan;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The actions every exposed entity gets from its metadata: get, autocomplete, getFields, getActions
 * and checkAccess here, the writes ({@link CatalogWrites}) for writable entities. Each call other than a
 * streamed get runs in one transaction: a failing record of a save, or a failing chained call, leaves
 * nothing written.
 */
@ApplicationScoped
public class Api4Actions {

    private static final Set<String> GET_PARAMS = Set.of("select", "join", "where", "groupBy", "having", "orderBy", "limit", "offset",
            "index", "chain");
    private static final Set<String> WRITE_PARAMS = Set.of("values", "where", "records", "defaults", "match", "reload",
            "chain", "select", "useTrash");
    /** An entity's own action on the records a where selects ({@code Job.execute}, {@code ReportInstance.run}). */
    private static final Set<String> ACTION_PARAMS = Set.of("where", "chain", "limit", "offset");

    @Inject
    private EntityCatalog entities;
    @Inject
    private SettingActions settings;
    @Inject
    private EntityMetadata entityMetadata;
    @Inject
    private CatalogWrites writes;
    @Inject
    private Autocomplete autocomplete;
    @Inject
    private FieldMetadata fieldMetadata;
    @Inject
    private SystemActions system;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A get checked and ready to stream; nothing has been read yet. */
    public QueryPlan planGet(String entityName, ApiParams params) {
        CatalogEntity entity = entities.require(entityName);
        params.allowOnly(GET_PARAMS, entityName + ".get");
        CatalogQuery query = new CatalogQuery(entity, entities)
                .join(params.array("join"), entities)
                .select(params.strings("select"))
                .groupBy(params.strings("groupBy"))
                .having(params.array("having"))
                .where(params.array("where"))
                .orderBy(params.object("orderBy"));
        String indexField = null;
        Integer indexPosition = null;
        JsonValue index = params.value("index").orElse(null);
        if (index instanceof JsonString s) {
            indexField = s.getString();
            String wanted = indexField;
            if (query.columns().stream().noneMatch(c -> c.name().equals(wanted))) {
                throw new InvalidInput("index", "'" + wanted + "' must be selected to index by it");
            }
        } else if (index != null) {
            indexPosition = params.nonNegative("index");
        }
        return new QueryPlan(entity, query, params.nonNegative("limit"), params.nonNegative("offset"), indexField, indexPosition);
    }

    public boolean isSettingEntity(String entityName) {
        return SettingActions.ENTITY.equals(entityName);
    }

    /** The entities answered by their own adapter rather than the catalogue: Setting and Entity. */
    private boolean isPseudoEntity(String entityName) {
        return isSettingEntity(entityName) || EntityMetadata.ENTITY.equals(entityName) || SystemActions.ENTITY.equals(entityName);
    }

    public boolean streams(String entityName, String action, ApiParams params) {
        return action.equals("get") && !isPseudoEntity(entityName) && params.value("chain").isEmpty();
    }

    /** One call, answered whole (a get collected in memory): for batches, chains and every write. */
    @Transactional
    public JsonObject call(String entityName, String action, ApiParams params) {
        CallBudget.spend(params.value("chain").isPresent() ? "chain" : "params");
        if (isSettingEntity(entityName)) {
            return result(entityName, action, settings.run(action, params));
        }
        if (EntityMetadata.ENTITY.equals(entityName)) {
            return result(entityName, action, entityMetadata.run(action, params));
        }
        if (SystemActions.ENTITY.equals(entityName)) {
            return result(entityName, action, system.run(action, params));
        }
        CatalogEntity entity = entities.require(entityName);
        if (!entity.actions().contains(action)) {
            throw new NotFound("Action '" + action + "' of API entity '" + entityName + "' does not exist");
        }
        if (action.equals("get")) {
            JsonObject whole = collect(planGet(entityName, params));
            if (params.value("chain").isEmpty()) {
                return whole;
            }
            return JSON.createObjectBuilder(whole).add("values", QueryPlan.array(withChains(chained(whole), params))).build();
        }
        if (action.equals("autocomplete")) {
            return autocomplete.run(entity, params);
        }
        if (entity.operation(action).isPresent()) {
            return result(entityName, action, withChains(writes.operate(entity, action, params.json()), params));
        }
        List<JsonObject> rows = switch (action) {
            case "create" -> withChains(List.of(writes.create(entity, writing(entity, action, params).object("values"))), params);
            case "update" -> withChains(writes.update(entity, writing(entity, action, params).array("where"),
                    params.object("values")), params);
            case "save" -> withChains(writes.save(entity, writing(entity, action, params).array("records"),
                    params.object("defaults"), params.strings("match")), params);
            case "delete" -> writes.delete(entity, writing(entity, action, params).array("where"), params.json());
            case "replace" -> writes.replace(entity, writing(entity, action, params).array("where"), params.array("records"),
                    params.object("defaults"), params.strings("match"), params.json());
            case "getFields" -> fieldMetadata.run(entity, params);
            case "getActions" -> entity.actions().stream().map(a -> JSON.createObjectBuilder().add("name", a).build()).toList();
            case "checkAccess" -> List.of(JSON.createObjectBuilder().add("access", checkAccess(entity, params)).build());
            default -> {
                Set<String> allowed = new java.util.HashSet<>(ACTION_PARAMS);
                entity.customAction(action).ifPresent(declared -> allowed.addAll(declared.params()));
                params.allowOnly(allowed, entity.name() + "." + action);
                yield writes.perform(entity, action, params.array("where"), params.json());
            }
        };
        return result(entityName, action, rows);
    }

    private static ApiParams writing(CatalogEntity entity, String action, ApiParams params) {
        params.allowOnly(WRITE_PARAMS, entity.name() + "." + action);
        return params;
    }

    private JsonObject collect(QueryPlan plan) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (var generator = JSON.createGenerator(text)) {
            plan.write(em, generator, "get");
        }
        return JSON.createReader(new java.io.StringReader(text.toString())).readObject();
    }

    private static List<JsonObject> chained(JsonObject whole) {
        JsonValue values = whole.get("values");
        List<JsonObject> rows = new ArrayList<>();
        if (values instanceof JsonArray array) {
            array.forEach(v -> rows.add(v.asJsonObject()));
        } else if (values instanceof JsonObject object) {
            if (object.values().stream().allMatch(v -> v instanceof JsonObject)) {
                object.values().forEach(v -> rows.add(v.asJsonObject()));
            } else {
                rows.add(object);
            }
        }
        return rows;
    }

    static JsonObject result(String entity, String action, List<JsonObject> rows) {
        JsonObjectBuilder result = JSON.createObjectBuilder()
                .add("entity", entity).add("action", action).add("version", 4)
                .add("count", rows instanceof CountedRows counted && counted.isEmpty() ? counted.matched() : rows.size())
                .add("countFetched", rows.size())
                .add("values", QueryPlan.array(rows));
        if (rows instanceof CountedRows counted) {
            result.add("countMatched", counted.matched());
        }
        return result.build();
    }

    private boolean checkAccess(CatalogEntity entity, ApiParams params) {
        String action = params.value("action").filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString())
                .orElseThrow(() -> new InvalidInput("action", "name the action to check"));
        if (!entity.actions().contains(action)) {
            return false;
        }
        if (action.startsWith("get") || action.equals("autocomplete")) {
            return true;
        }
        if (entity.customAction(action).isPresent() || entity.operation(action).isPresent()) {
            return writes.mayPerform(entity, action);
        }
        return writes.mayWrite(entity);
    }

    /** {@code chain}: for each row, further calls whose string values {@code $field} take the row's field. */
    private List<JsonObject> withChains(List<JsonObject> rows, ApiParams params) {
        JsonObject chain = params.object("chain");
        if (chain.isEmpty()) {
            return rows;
        }
        return CallBudget.chained(() -> chainEach(rows, chain));
    }

    private List<JsonObject> chainEach(List<JsonObject> rows, JsonObject chain) {
        List<JsonObject> result = new ArrayList<>();
        for (JsonObject row : rows) {
            JsonObjectBuilder withChained = JSON.createObjectBuilder(row);
            for (Map.Entry<String, JsonValue> link : chain.entrySet()) {
                ApiCall call = ApiCall.parse(link.getKey(), link.getValue(), "chain");
                JsonObject answer = call(call.entity(), call.action(), ApiParams.of((JsonObject) substitute(call.params(), row)));
                withChained.add(link.getKey(), answer.get("values"));
            }
            result.add(withChained.build());
        }
        return result;
    }

    private static JsonValue substitute(JsonValue value, JsonObject row) {
        if (value instanceof JsonString s && s.getString().startsWith("$") && row.containsKey(s.getString().substring(1))) {
            return row.get(s.getString().substring(1));
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder copy = JSON.createArrayBuilder();
            array.forEach(item -> copy.add(substitute(item, row)));
            return copy.build();
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = JSON.createObjectBuilder();
            object.forEach((k, v) -> copy.add(k, substitute(v, row)));
            return copy.build();
        }
        return value;
    }
}
