package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.audit.Refusals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions every exposed entity gets from its metadata: get, create, update, save, delete,
 * replace, getFields, getActions, checkAccess. Each call other than a streamed get runs in one
 * transaction: a failing record of a save, or a failing chained call, leaves nothing written.
 */
@ApplicationScoped
public class Api4Actions {

    private static final Set<String> GET_PARAMS = Set.of("select", "join", "where", "groupBy", "orderBy", "limit", "offset",
            "index", "chain");
    private static final Set<String> WRITE_PARAMS = Set.of("values", "where", "records", "defaults", "match", "reload",
            "chain", "select", "useTrash");

    @Inject
    private ApiEntities entities;
    @Inject
    private SettingActions settings;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A get checked and ready to stream; nothing has been read yet. */
    public GetPlan planGet(String entityName, ApiParams params) {
        ApiEntity entity = entities.require(entityName);
        params.allowOnly(GET_PARAMS, entityName + ".get");
        ApiQuery query = new ApiQuery(entity, entities)
                .join(params.array("join"), entities)
                .select(params.strings("select"))
                .groupBy(params.strings("groupBy"))
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
        return new GetPlan(entity, query, params.nonNegative("limit"), params.nonNegative("offset"), indexField, indexPosition);
    }

    public boolean isSettingEntity(String entityName) {
        return SettingActions.ENTITY.equals(entityName);
    }

    public boolean streams(String entityName, String action, ApiParams params) {
        return action.equals("get") && !isSettingEntity(entityName) && params.value("chain").isEmpty();
    }

    /** One call, answered whole (a get collected in memory): for batches, chains and every write. */
    @Transactional
    public JsonObject call(String entityName, String action, ApiParams params) {
        if (isSettingEntity(entityName)) {
            return result(entityName, action, settings.run(action, params));
        }
        ApiEntity entity = entities.require(entityName);
        if (!entity.actions().contains(action)) {
            throw new NotFound("Action '" + action + "' of API entity '" + entityName + "' does not exist");
        }
        if (action.equals("get")) {
            JsonObject whole = collect(planGet(entityName, params));
            if (params.value("chain").isEmpty()) {
                return whole;
            }
            return Json.createObjectBuilder(whole).add("values", GetPlan.array(withChains(chained(whole), params))).build();
        }
        List<JsonObject> rows = switch (action) {
            case "create" -> withChains(List.of(create(entity, params)), params);
            case "update" -> withChains(update(entity, params), params);
            case "save" -> withChains(save(entity, params), params);
            case "delete" -> delete(entity, params);
            case "replace" -> replace(entity, params);
            case "getFields" -> getFields(entity);
            case "getActions" -> entity.actions().stream().map(a -> Json.createObjectBuilder().add("name", a).build()).toList();
            case "checkAccess" -> List.of(Json.createObjectBuilder().add("access", checkAccess(entity, params)).build());
            default -> throw new NotFound("Action '" + action + "' of API entity '" + entityName + "' does not exist");
        };
        return result(entityName, action, rows);
    }

    private JsonObject collect(GetPlan plan) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (var generator = Json.createGenerator(text)) {
            plan.write(em, generator, "get");
        }
        return Json.createReader(new java.io.StringReader(text.toString())).readObject();
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
        return Json.createObjectBuilder()
                .add("entity", entity).add("action", action).add("version", 4)
                .add("count", rows.size()).add("countFetched", rows.size())
                .add("values", GetPlan.array(rows))
                .build();
    }

    private JsonObject create(ApiEntity entity, ApiParams params) {
        params.allowOnly(WRITE_PARAMS, entity.name() + ".create");
        requireWriter(entity, "create", null);
        long id = entity.writer().create(entity, record(entity, params.object("values"), true, null));
        return reread(entity, id);
    }

    private List<JsonObject> update(ApiEntity entity, ApiParams params) {
        params.allowOnly(WRITE_PARAMS, entity.name() + ".update");
        JsonObject values = params.object("values");
        JsonArray where = params.array("where");
        if (where.isEmpty() && values.containsKey("id")) {
            where = Json.createArrayBuilder().add(Json.createArrayBuilder().add("id").add("=").add(values.get("id"))).build();
        }
        if (where.isEmpty()) {
            throw new InvalidInput("where", "update needs a where (or values.id)");
        }
        JsonObjectBuilder withoutId = Json.createObjectBuilder(values);
        withoutId.remove("id");
        JsonObject changes = withoutId.build();
        record(entity, changes, false, null);
        List<JsonObject> rows = new ArrayList<>();
        for (long id : ids(entity, where)) {
            requireWriter(entity, "update", id);
            entity.writer().update(entity, id, record(entity, changes, false, reread(entity, id)));
            rows.add(reread(entity, id));
        }
        return rows;
    }

    private List<JsonObject> save(ApiEntity entity, ApiParams params) {
        params.allowOnly(WRITE_PARAMS, entity.name() + ".save");
        JsonArray records = params.array("records");
        if (records.isEmpty()) {
            throw new InvalidInput("records", "save needs at least one record");
        }
        JsonObject defaults = params.object("defaults");
        List<String> match = params.strings("match");
        match.forEach(name -> entity.require(name, "match"));
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof JsonObject given)) {
                throw new InvalidInput("records", "record " + i + " is not an object");
            }
            JsonObjectBuilder merged = Json.createObjectBuilder(defaults);
            given.forEach(merged::add);
            rows.add(saveOne(entity, merged.build(), match));
        }
        return rows;
    }

    private JsonObject saveOne(ApiEntity entity, JsonObject values, List<String> match) {
        Long id = null;
        if (values.containsKey("id") && values.get("id") != JsonValue.NULL) {
            id = (Long) ApiValues.toJava(entity.require("id", "records"), values.get("id"), "records");
        } else if (!match.isEmpty() && match.stream().allMatch(values::containsKey)) {
            JsonArrayBuilder where = Json.createArrayBuilder();
            match.forEach(name -> where.add(Json.createArrayBuilder().add(name).add("=").add(values.get(name))));
            List<Long> found = ids(entity, where.build());
            if (found.size() > 1) {
                throw new Conflict("match " + match + " finds " + found.size() + " " + entity.name() + " records; it must find at most one");
            }
            id = found.isEmpty() ? null : found.get(0);
        }
        JsonObjectBuilder withoutId = Json.createObjectBuilder(values);
        withoutId.remove("id");
        if (id == null) {
            requireWriter(entity, "create", null);
            return reread(entity, entity.writer().create(entity, record(entity, withoutId.build(), true, null)));
        }
        if (ids(entity, Json.createArrayBuilder().add(Json.createArrayBuilder().add("id").add("=").add(id)).build()).isEmpty()) {
            throw new NotFound(entity.name(), id);
        }
        requireWriter(entity, "update", id);
        entity.writer().update(entity, id, record(entity, withoutId.build(), false, reread(entity, id)));
        return reread(entity, id);
    }

    private List<JsonObject> delete(ApiEntity entity, ApiParams params) {
        params.allowOnly(WRITE_PARAMS, entity.name() + ".delete");
        JsonArray where = params.array("where");
        if (where.isEmpty()) {
            throw new InvalidInput("where", "delete needs a where");
        }
        List<JsonObject> rows = new ArrayList<>();
        for (long id : ids(entity, where)) {
            requireWriter(entity, "delete", id);
            entity.writer().delete(entity, id, params.json());
            rows.add(Json.createObjectBuilder().add("id", id).build());
        }
        return rows;
    }

    /** CiviCRM's replace: save the records, then delete what the where matched and the records did not keep. */
    private List<JsonObject> replace(ApiEntity entity, ApiParams params) {
        params.allowOnly(WRITE_PARAMS, entity.name() + ".replace");
        JsonArray where = params.array("where");
        if (where.isEmpty()) {
            throw new InvalidInput("where", "replace needs a where");
        }
        List<Long> before = ids(entity, where);
        List<JsonObject> saved = params.array("records").isEmpty() ? List.of() : save(entity, params);
        Set<Long> kept = new LinkedHashSet<>();
        saved.forEach(row -> kept.add(row.getJsonNumber("id").longValue()));
        for (long id : before) {
            if (!kept.contains(id)) {
                requireWriter(entity, "delete", id);
                entity.writer().delete(entity, id, params.json());
            }
        }
        return saved;
    }

    private List<JsonObject> getFields(ApiEntity entity) {
        List<JsonObject> fields = new ArrayList<>();
        for (ApiField field : entity.allFields()) {
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("name", field.name()).add("title", field.title()).add("entity", entity.name())
                    .add("type", "Field").add("data_type", field.dataType())
                    .add("required", field.required()).add("readonly", field.readOnly())
                    .add("nullable", !field.required() && !field.javaType().isPrimitive());
            field.foreignEntity().ifPresentOrElse(fk -> row.add("fk_entity", fk), () -> row.addNull("fk_entity"));
            if (!field.association() && field.javaType().isEnum()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                for (Object constant : field.javaType().getEnumConstants()) {
                    options.add(((Enum<?>) constant).name());
                }
                row.add("options", options);
            }
            fields.add(row.build());
        }
        return fields;
    }

    private boolean checkAccess(ApiEntity entity, ApiParams params) {
        String action = params.value("action").filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString())
                .orElseThrow(() -> new InvalidInput("action", "name the action to check"));
        if (!entity.actions().contains(action)) {
            return false;
        }
        if (action.startsWith("get")) {
            return true;
        }
        Caller caller = Caller.require();
        return entity.isWritable() && (entity.writePermission() == null || caller.isSystem() || caller.has(entity.writePermission()));
    }

    private void requireWriter(ApiEntity entity, String action, Long id) {
        if (!entity.isWritable()) {
            throw new NotFound("Action '" + action + "' of API entity '" + entity.name() + "' does not exist");
        }
        Caller caller = Caller.require();
        if (entity.writePermission() != null && !caller.isSystem() && !caller.has(entity.writePermission())) {
            throw Refusals.refuse(entity.name(), id, action, action + " of " + entity.name() + " needs '"
                    + entity.writePermission().label() + "'");
        }
    }

    /**
     * The values of a record to write: each name a writable field, each value of the field's type. On
     * an update, a field fixed at creation may be sent with the value it has (defaults, match fields),
     * not with another; {@code current} is the row as it is (null: check names and types only).
     */
    private static ApiRecord record(ApiEntity entity, JsonObject values, boolean creating, JsonObject current) {
        ApiRecord record = new ApiRecord();
        for (Map.Entry<String, JsonValue> entry : values.entrySet()) {
            ApiField field = entity.require(entry.getKey(), "values");
            if (field.readOnly()) {
                throw new InvalidInput(field.name(), "is read-only");
            }
            Object value = ApiValues.toJava(field, entry.getValue(), field.name());
            if (!creating && !field.updatable() && current != null) {
                if (ApiValues.toJson(value).equals(current.get(field.name()))) {
                    continue;
                }
                throw new InvalidInput(field.name(), "cannot be changed once the record exists");
            }
            record.put(field, value);
        }
        if (creating) {
            for (ApiField field : entity.allFields()) {
                if (field.required() && (!record.has(field.name()) || record.get(field.name()) == null)) {
                    throw new InvalidInput(field.name(), "is required to create " + entity.name());
                }
            }
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(ApiEntity entity, JsonArray where) {
        ApiQuery query = new ApiQuery(entity, entities).where(where);
        List<Object> ids = query.ids(em).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private JsonObject reread(ApiEntity entity, long id) {
        ApiQuery query = new ApiQuery(entity, entities).select(List.of("*"))
                .where(Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add("id").add("=").add(id))
                        .add(Json.createArrayBuilder().add(entity.defaultFilterField() == null ? "id" : entity.defaultFilterField().name())
                                .add("IS NOT NULL"))
                        .build());
        List<JsonObject> rows = new GetPlan(entity, query, 1, 0, null, null).rows(em);
        return rows.isEmpty() ? Json.createObjectBuilder().add("id", id).build() : rows.get(0);
    }

    /** {@code chain}: for each row, further calls whose string values {@code $field} take the row's field. */
    private List<JsonObject> withChains(List<JsonObject> rows, ApiParams params) {
        JsonObject chain = params.object("chain");
        if (chain.isEmpty()) {
            return rows;
        }
        List<JsonObject> result = new ArrayList<>();
        for (JsonObject row : rows) {
            JsonObjectBuilder withChained = Json.createObjectBuilder(row);
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
            JsonArrayBuilder copy = Json.createArrayBuilder();
            array.forEach(item -> copy.add(substitute(item, row)));
            return copy.build();
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder copy = Json.createObjectBuilder();
            object.forEach((k, v) -> copy.add(k, substitute(v, row)));
            return copy.build();
        }
        return value;
    }
}
