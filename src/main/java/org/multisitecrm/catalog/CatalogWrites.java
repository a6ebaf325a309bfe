package org.multisitecrm.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.DomainScope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The catalogue's writes: create, update, save, delete, replace, for any adapter (the API, the back
 * office, a job). Here and only here each write meets what its entity declares: the write requirement
 * (checked and audited by {@link Access}), then the fields (names, types, read-only and fixed fields,
 * required ones, lengths), then the entity's {@link RecordWriter}, which applies the capability's rules.
 * Records are selected for update and delete by the same query as a read, so what the caller cannot
 * see cannot be written. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class CatalogWrites {

    @Inject
    private EntityCatalog entities;

    @Inject
    private ColumnLengths columnLengths;

    @Inject
    private Instance<OptionSource> optionSources;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A new record of the values; answers it as a read would. */
    public JsonObject create(CatalogEntity entity, JsonObject values) {
        requireWriter(entity, "create", null);
        long id = entity.writer().create(entity, record(entity, values, true, null));
        return reread(entity, id);
    }

    /**
     * The values checked as a write of the entity checks them (names, types, read-only fields, lengths,
     * options), without writing: for an operation that writes the entity its own way ({@code Order.create}'s
     * contribution, whose total its lines give, so no field is required here).
     */
    public RecordValues checked(CatalogEntity entity, JsonObject values) {
        return record(entity, values, false, null);
    }

    /** Answers a written record as a read would. */
    public JsonObject read(CatalogEntity entity, long id) {
        return reread(entity, id);
    }

    /** Changes every record the where matches (and the caller can see) to the values; {@code values.id} alone may aim it. */
    public List<JsonObject> update(CatalogEntity entity, JsonArray where, JsonObject values) {
        if (where.isEmpty() && values.containsKey("id")) {
            where = JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(values.get("id"))).build();
        }
        if (where.isEmpty()) {
            throw new InvalidInput("where", "update needs a where (or values.id)");
        }
        JsonObjectBuilder withoutId = JSON.createObjectBuilder(values);
        withoutId.remove("id");
        JsonObject changes = withoutId.build();
        record(entity, changes, false, null);
        List<JsonObject> rows = new ArrayList<>();
        List<Long> matched = ids(entity, where);
        auditHidden(entity, where, matched, "update");
        for (long id : matched) {
            requireWriter(entity, "update", id);
            entity.writer().update(entity, id, record(entity, changes, false, reread(entity, id)));
            rows.add(reread(entity, id));
        }
        return rows;
    }

    /**
     * Creates or updates each record (merged over the defaults): one with an id, or found by the match
     * fields, is updated; any other is created.
     */
    public List<JsonObject> save(CatalogEntity entity, JsonArray records, JsonObject defaults, List<String> match) {
        if (records.isEmpty()) {
            throw new InvalidInput("records", "save needs at least one record");
        }
        if (records.size() > QueryLimits.MAX_RECORDS) {
            throw new InvalidInput("records", "at most " + QueryLimits.MAX_RECORDS + " records per call (limit MAX_RECORDS), not " + records.size());
        }
        match.forEach(name -> entity.require(name, "match"));
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof JsonObject given)) {
                throw new InvalidInput("records", "record " + i + " is not an object");
            }
            JsonObjectBuilder merged = JSON.createObjectBuilder(defaults);
            given.forEach(merged::add);
            rows.add(saveOne(entity, merged.build(), match));
        }
        return rows;
    }

    private JsonObject saveOne(CatalogEntity entity, JsonObject values, List<String> match) {
        Long id = null;
        if (values.containsKey("id") && values.get("id") != JsonValue.NULL) {
            id = (Long) FieldValues.toJava(entity.require("id", "records"), values.get("id"), "records");
        } else if (!match.isEmpty() && match.stream().allMatch(values::containsKey)) {
            JsonArrayBuilder where = JSON.createArrayBuilder();
            match.forEach(name -> where.add(JSON.createArrayBuilder().add(name).add("=").add(values.get(name))));
            List<Long> found = ids(entity, where.build());
            if (found.size() > 1) {
                throw new Conflict("match " + match + " finds " + found.size() + " " + entity.name() + " records; it must find at most one");
            }
            id = found.isEmpty() ? null : found.get(0);
        }
        JsonObjectBuilder withoutId = JSON.createObjectBuilder(values);
        withoutId.remove("id");
        if (id == null) {
            requireWriter(entity, "create", null);
            return reread(entity, entity.writer().create(entity, record(entity, withoutId.build(), true, null)));
        }
        if (ids(entity, JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(id)).build()).isEmpty()) {
            throw new NotFound(entity.name(), id);
        }
        requireWriter(entity, "update", id);
        entity.writer().update(entity, id, record(entity, withoutId.build(), false, reread(entity, id)));
        return reread(entity, id);
    }

    /** Deletes every record the where matches and the caller can see; {@code options} are the entity's own (useTrash). */
    public List<JsonObject> delete(CatalogEntity entity, JsonArray where, JsonObject options) {
        if (where.isEmpty()) {
            throw new InvalidInput("where", "delete needs a where");
        }
        List<JsonObject> rows = new ArrayList<>();
        List<Long> matched = ids(entity, where);
        auditHidden(entity, where, matched, "delete");
        for (long id : matched) {
            requireWriter(entity, "delete", id);
            entity.writer().delete(entity, id, options);
            rows.add(JSON.createObjectBuilder().add("id", id).build());
        }
        return rows;
    }

    /** CiviCRM's replace: save the records, then delete what the where matched and the records did not keep. */
    public List<JsonObject> replace(CatalogEntity entity, JsonArray where, JsonArray records, JsonObject defaults,
                                    List<String> match, JsonObject options) {
        if (where.isEmpty()) {
            throw new InvalidInput("where", "replace needs a where");
        }
        List<Long> before = ids(entity, where);
        List<JsonObject> saved = records.isEmpty() ? List.of() : save(entity, records, defaults, match);
        Set<Long> kept = new LinkedHashSet<>();
        saved.forEach(row -> kept.add(row.getJsonNumber("id").longValue()));
        for (long id : before) {
            if (!kept.contains(id)) {
                requireWriter(entity, "delete", id);
                entity.writer().delete(entity, id, options);
            }
        }
        return saved;
    }

    /**
     * An action the entity declares ({@code Job.execute}) on each record the where selects and the caller
     * sees. The rows are not locked: the action's own transactions change them (a job's lease).
     */
    public List<JsonObject> perform(CatalogEntity entity, String action, JsonArray where, JsonObject params) {
        EntityAction.Declared declared = entity.customAction(action).orElseThrow(() ->
                new NotFound("Action '" + action + "' of API entity '" + entity.name() + "' does not exist"));
        if (where.isEmpty()) {
            throw new InvalidInput("where", action + " needs a where");
        }
        Access.require(declared.requirement(), entity.name(), null, action);
        List<JsonObject> rows = new ArrayList<>();
        for (Object id : new CatalogQuery(entity, entities).where(where).unlockedIds(em).getResultList()) {
            rows.add(declared.action().run(entity, ((Number) id).longValue(), params));
        }
        return rows;
    }

    /** An action of the entity as a whole ({@code Order.create}) with the call's parameters, for callers meeting its requirement. */
    public List<JsonObject> operate(CatalogEntity entity, String action, JsonObject params) {
        EntityOperation.Declared declared = entity.operation(action).orElseThrow(() ->
                new NotFound("Action '" + action + "' of API entity '" + entity.name() + "' does not exist"));
        Access.require(declared.requirement(), entity.name(), null, action);
        return declared.operation().run(entity, params);
    }

    /** Whether the caller may run the entity's own action or operation (checkAccess). */
    public boolean mayPerform(CatalogEntity entity, String action) {
        return entity.customAction(action).map(d -> Access.allows(d.requirement()))
                .or(() -> entity.operation(action).map(d -> Access.allows(d.requirement()))).orElse(false);
    }

    /** Whether the caller may write the entity at all (checkAccess); each record is checked again by its service. */
    public boolean mayWrite(CatalogEntity entity) {
        return entity.isWritable() && (entity.writeRequirement() == null || Access.allows(entity.writeRequirement()));
    }

    private void requireWriter(CatalogEntity entity, String action, Long id) {
        if (!entity.isWritable()) {
            throw new NotFound("Action '" + action + "' of API entity '" + entity.name() + "' does not exist");
        }
        if (entity.writeRequirement() != null) {
            Access.require(entity.writeRequirement(), entity.name(), id, action);
        }
    }

    /**
     * The values of a record to write: each name a writable field, each value of the field's type. On
     * an update, a field fixed at creation may be sent with the value it has (defaults, match fields),
     * not with another; {@code current} is the row as it is (null: check names and types only).
     */
    private RecordValues record(CatalogEntity entity, JsonObject values, boolean creating, JsonObject current) {
        RecordValues record = new RecordValues();
        for (Map.Entry<String, JsonValue> given : values.entrySet()) {
            Map.Entry<String, JsonValue> entry = byStoredValue(entity, given);
            CatalogField field = entity.require(entry.getKey(), "values");
            if (field.readOnly()) {
                throw new InvalidInput(field.name(), "is read-only");
            }
            Object value = FieldValues.toJava(field, entry.getValue(), field.name());
            if (value == null && !field.nullable()) {
                throw new InvalidInput(field.name(), "cannot be empty");
            }
            if (value instanceof String text) {
                long max = columnLengths.of(entity, field.name()).orElse(Long.MAX_VALUE);
                if (text.length() > max) {
                    throw new InvalidInput(field.name(), "is " + text.length() + " characters long; it holds at most " + max);
                }
            }
            if (value != null && field.options().isPresent()) {
                requireOption(field, value);
            }
            if (!creating && !field.updatable() && current != null) {
                if (FieldValues.toJson(value).equals(current.get(field.name()))) {
                    continue;
                }
                throw new InvalidInput(field.name(), "cannot be changed once the record exists");
            }
            record.put(field, value);
        }
        if (creating) {
            for (CatalogField field : entity.allFields()) {
                if (field.required() && (!record.has(field.name()) || record.get(field.name()) == null)) {
                    throw new InvalidInput(field.name(), "is required to create " + entity.name());
                }
            }
        }
        return record;
    }

    /**
     * A value given by an option's attribute ({@code "status_id:name": "Completed"}) as the field's own
     * value; a name that is no option of the field is refused with those it has, as a form would.
     */
    private Map.Entry<String, JsonValue> byStoredValue(CatalogEntity entity, Map.Entry<String, JsonValue> given) {
        int colon = given.getKey().lastIndexOf(':');
        if (colon < 0) {
            return given;
        }
        CatalogField field = entity.require(given.getKey().substring(0, colon), "values");
        String suffix = given.getKey().substring(colon + 1);
        List<String> offered = entities.fieldOptions().suffixes(field);
        if (!offered.contains(suffix)) {
            throw new InvalidInput(field.name(), offered.isEmpty() ? "has no options, so no ':" + FieldValues.abbreviate(suffix) + "'"
                    : "takes the suffixes " + offered + ", not ':" + FieldValues.abbreviate(suffix) + "'");
        }
        if (FieldValues.isBlank(given.getValue())) {
            return Map.entry(field.name(), JsonValue.NULL);
        }
        List<FieldOption> options = entities.fieldOptions().of(field);
        if (field.serialized() && given.getValue() instanceof JsonArray list) {
            JsonArrayBuilder stored = JSON.createArrayBuilder();
            list.forEach(item -> stored.add(storedValue(field, suffix, options, item)));
            return Map.entry(field.name(), stored.build());
        }
        return Map.entry(field.name(), storedValue(field, suffix, options, given.getValue()));
    }

    private static JsonValue storedValue(CatalogField field, String suffix, List<FieldOption> options, JsonValue given) {
        String wanted = given instanceof jakarta.json.JsonString text ? text.getString() : given.toString();
        return options.stream().filter(o -> wanted.equalsIgnoreCase(o.attribute(suffix))).findFirst()
                .<JsonValue>map(o -> JSON.createValue(o.value()))
                .orElseThrow(() -> new InvalidInput(field.name(), "'" + FieldValues.abbreviate(wanted) + "' is not one of its options "
                        + options.stream().map(o -> o.attribute(suffix)).toList()));
    }

    /** The value must be one the writing domain is offered; the refusal lists them, as a form would. */
    private void requireOption(CatalogField field, Object value) {
        String group = field.options().orElseThrow();
        Map<String, String> offered = optionSources.get().options(group);
        for (String one : field.serialized() ? listed(field, value) : List.of(String.valueOf(value))) {
            if (!offered.containsKey(one)) {
                throw new InvalidInput(field.name(), "'" + one + "' is not one of the " + group + " options " + offered.keySet());
            }
        }
    }

    /** The values of a field holding a list of options (CiviCRM's multi-valued fields), as sent. */
    private static List<String> listed(CatalogField field, Object value) {
        try (var reader = JSON.createReader(new java.io.StringReader(String.valueOf(value)))) {
            JsonValue parsed = reader.readValue();
            List<JsonValue> array = parsed instanceof JsonArray list ? list : List.of(parsed);
            return array.stream().map(v -> v instanceof jakarta.json.JsonString text ? text.getString() : v.toString()).toList();
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInput(field.name(), "is a list of options");
        }
    }

    /**
     * A write aimed by id at a row that exists but that the caller cannot see is answered as a write to
     * nothing, and recorded as a refusal. The existence is counted, never loaded: a loaded row would sit
     * in the persistence context, where a later find of the same call could return it.
     */
    private void auditHidden(CatalogEntity entity, JsonArray where, List<Long> matched, String action) {
        if (!matched.isEmpty() || where.size() != 1 || !(where.get(0) instanceof JsonArray clause) || clause.size() != 3
                || !"id".equals(clause.getString(0, null)) || !"=".equals(clause.getString(1, null))
                || !(clause.get(2) instanceof jakarta.json.JsonNumber target)) {
            return;
        }
        long id = target.longValue();
        boolean exists = Caller.system("audit of a write to an unseen " + entity.name()).call(() ->
                DomainScope.allDomains("audit of a write to an unseen " + entity.name()).call(() -> em.createQuery(
                        "SELECT COUNT(x) FROM " + entity.jpaName() + " x WHERE x.id = :id", Long.class).setParameter("id", id)
                        .getSingleResult() > 0));
        if (exists) {
            Refusals.recordHidden(entity.name(), id, action, "outside what the caller may see: answered as a write to nothing");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(CatalogEntity entity, JsonArray where) {
        CatalogQuery query = new CatalogQuery(entity, entities).where(where);
        List<Object> ids = query.ids(em).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private JsonObject reread(CatalogEntity entity, long id) {
        CatalogQuery query = new CatalogQuery(entity, entities).select(List.of("*"))
                .where(JSON.createArrayBuilder()
                        .add(JSON.createArrayBuilder().add("id").add("=").add(id))
                        .add(JSON.createArrayBuilder().add(entity.defaultFilterField() == null ? "id" : entity.defaultFilterField().name())
                                .add("IS NOT NULL"))
                        .build());
        List<JsonObject> rows = new QueryPlan(entity, query, 1, 0, null, null).rows(em);
        return rows.isEmpty() ? JSON.createObjectBuilder().add("id", id).build() : rows.get(0);
    }
}
