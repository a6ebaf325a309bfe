package org.multisitecrm.catalog;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An APIv4 {@code get} translated into JPQL. Every identifier in the JPQL comes from the entity's
 * metadata after the client's name was checked against it; every value is a bound parameter. Implicit
 * joins ({@code contact_id.display_name}) become LEFT JOINs on the foreign key, and the joined entity
 * is filtered by the same scoping and visibility rules as the root.
 */
public final class CatalogQuery {

    public static final String ROOT = "a";
    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<>", ">", ">=", "<", "<=");
    private static final int MAX_DEPTH = 3;
    /** Pages up to this size may be chosen by an {@link IndexedReads}; longer reads stream as usual. */
    private static final int MAX_INDEXED_PAGE = 1000;
    private static final java.util.regex.Pattern AGGREGATE = java.util.regex.Pattern.compile(
            "^(COUNT|SUM|AVG|MIN|MAX)\\((DISTINCT )?([A-Za-z0-9_.]+)\\)( AS ([A-Za-z0-9_]+))?$");
    private static final java.util.regex.Pattern JOIN_TARGET = java.util.regex.Pattern.compile("^([A-Za-z]+) AS ([a-z][a-z0-9_]*)$");

    /**
     * One selected column: the name it is answered under, its JPQL expression, and for a pseudoconstant
     * ({@code status_id:label}) the option attribute answered in place of the stored value.
     */
    public record Column(String name, String expression, CatalogField field, String suffix) {

        Column(String name, String expression, CatalogField field) {
            this(name, expression, field, null);
        }
    }

    private record Join(String alias, CatalogEntity entity) {
    }

    private record Equality(CatalogField field, Object value) {
    }

    private final CatalogEntity root;
    private final EntityCatalog entities;
    private final Map<String, Join> joins = new LinkedHashMap<>();
    private final StringBuilder joinClauses = new StringBuilder();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final List<String> orderBy = new ArrayList<>();
    private final Map<String, Join> explicitJoins = new HashMap<>();
    private final List<String> explicitConditions = new ArrayList<>();
    private final List<String> groupBy = new ArrayList<>();
    private final List<String> having = new ArrayList<>();
    private String where = "";
    /** Whether the where holds the entity's default filter and nothing else (what an {@link IndexedReads} answers). */
    private boolean onlyDefaultFilter;
    /** The where's one condition beside the default filter, when it is {@code field = value} on the root (an index may count it). */
    private Equality soleEquality;
    private Equality topLevelEquality;
    /** A top-level {@code id = value}: the root has at most one row. */
    private boolean identifiedById;
    private final List<String> orderRequested = new ArrayList<>();
    private boolean rowCount;
    private boolean mentionsDefaultFilter;
    private int permittedSubqueries;
    private int conditions;
    private final Map<CatalogField, List<FieldOption>> options = new HashMap<>();
    private final Map<CatalogField, Map<String, FieldOption>> optionsByValue = new HashMap<>();

    public CatalogQuery(CatalogEntity root, EntityCatalog entities) {
        this.root = root;
        this.entities = entities;
    }

    /** {@code select}: absent or {@code *} means every field; {@code row_count} asks for the number matched. */
    public CatalogQuery select(List<String> names) {
        List<String> wanted = names.isEmpty() ? List.of("*") : names;
        if (wanted.size() > QueryLimits.MAX_SELECT) {
            throw new InvalidInput("select", "at most " + QueryLimits.MAX_SELECT + " entries (limit MAX_SELECT), not " + wanted.size());
        }
        for (String name : wanted) {
            if (name.equals("*")) {
                root.allFields().stream().filter(CatalogField::isReadable)
                        .forEach(f -> columns.add(new Column(f.name(), expression(f.name(), "select").expression(), f)));
            } else if (name.equals("row_count")) {
                rowCount = true;
            } else if (AGGREGATE.matcher(name).matches()) {
                columns.add(aggregate(name));
            } else {
                columns.add(expression(name, "select"));
            }
        }
        return this;
    }

    /**
     * {@code join}: {@code [["Email AS email", "LEFT"|"INNER"|"EXCLUDE", [left, op, right]...], ...]}. A
     * right side in single quotes, a number or a boolean is a value; otherwise a field.
     */
    public CatalogQuery join(JsonArray joinList, EntityCatalog registry) {
        for (JsonValue item : joinList) {
            if (!(item instanceof JsonArray spec) || spec.size() < 2 || !(spec.get(0) instanceof JsonString target)
                    || !(spec.get(1) instanceof JsonString kind)) {
                throw new InvalidInput("join", "each join is [\"Entity AS alias\", \"LEFT\"|\"INNER\"|\"EXCLUDE\", conditions...]");
            }
            var matcher = JOIN_TARGET.matcher(target.getString());
            if (!matcher.matches()) {
                throw new InvalidInput("join", "'" + FieldValues.abbreviate(target.getString()) + "' must read 'Entity AS alias'");
            }
            CatalogEntity entity = registry.find(matcher.group(1))
                    .orElseThrow(() -> new InvalidInput("join", "no API entity is named '" + matcher.group(1) + "'"));
            String alias = matcher.group(2);
            if (explicitJoins.containsKey(alias) || root.field(alias).isPresent()) {
                throw new InvalidInput("join", "alias '" + alias + "' is already in use");
            }
            String type = kind.getString().toUpperCase(Locale.ROOT);
            if (!Set.of("LEFT", "INNER", "EXCLUDE").contains(type)) {
                throw new InvalidInput("join", "join type must be LEFT, INNER or EXCLUDE, not '" + FieldValues.abbreviate(kind.getString()) + "'");
            }
            // The client's alias names the columns; the JPQL uses one of ours, so no alias can clash with the
            // root's, a generated one or a JPQL keyword
            Join join = new Join("e" + (explicitJoins.size() + 1), entity);
            explicitJoins.put(alias, join);
            List<String> on = new ArrayList<>();
            for (int i = 2; i < spec.size(); i++) {
                on.add(onCondition(spec.get(i)));
            }
            if (on.isEmpty()) {
                throw new InvalidInput("join", "join '" + alias + "' needs at least one condition");
            }
            on.add(permitted(join.alias(), entity.jpaClass()));
            // an INNER join is a LEFT join whose row must be there: EclipseLink prints an inner join with an
            // ON as a cross join filtered in WHERE, which a later implicit join's ON cannot reference
            joinClauses.append(" LEFT JOIN ").append(entity.jpaName()).append(' ').append(join.alias())
                    .append(" ON ").append(String.join(" AND ", on));
            if (type.equals("EXCLUDE")) {
                explicitConditions.add(join.alias() + ".id IS NULL");
            } else if (type.equals("INNER")) {
                explicitConditions.add(join.alias() + ".id IS NOT NULL");
            }
        }
        return this;
    }

    private String onCondition(JsonValue condition) {
        if (!(condition instanceof JsonArray c) || c.size() != 3 || !(c.get(0) instanceof JsonString left)
                || !(c.get(1) instanceof JsonString op) || !COMPARISONS.contains(op.getString())) {
            throw new InvalidInput("join", "a join condition is [field, comparison, field or value]");
        }
        countCondition("join");
        if (left.getString().contains(":")) {
            throw new InvalidInput("join", "a join condition compares the field itself, not '" + FieldValues.abbreviate(left.getString()) + "'");
        }
        Column leftColumn = expression(left.getString(), "join");
        JsonValue right = c.get(2);
        String rightSide;
        if (right instanceof JsonString text && !(text.getString().startsWith("'") && text.getString().endsWith("'") && text.getString().length() > 1)) {
            rightSide = expression(text.getString(), "join").expression();
        } else {
            JsonValue literal = right instanceof JsonString text
                    ? FieldValues.JSON.createValue(text.getString().substring(1, text.getString().length() - 1)) : right;
            rightSide = parameter(FieldValues.toJava(leftColumn.field(), literal, "join"));
        }
        return leftColumn.expression() + " " + (op.getString().equals("!=") ? "<>" : op.getString()) + " " + rightSide;
    }

    public CatalogQuery groupBy(List<String> fields) {
        if (fields.size() > QueryLimits.MAX_SELECT) {
            throw new InvalidInput("groupBy", "at most " + QueryLimits.MAX_SELECT + " entries (limit MAX_SELECT)");
        }
        for (String field : fields) {
            groupBy.add(expression(field, "groupBy").expression());
        }
        if (!groupBy.isEmpty() && rowCount) {
            throw new InvalidInput("select", "row_count cannot be combined with groupBy; select COUNT(id) instead");
        }
        return this;
    }

    /**
     * {@code having}: conditions on the selected columns of a grouped query, by the name they are answered
     * under ({@code ["n", ">", 1]} for {@code COUNT(id) AS n}); comparisons, IN and IS NULL.
     */
    public CatalogQuery having(JsonArray clauses) {
        for (JsonValue clause : clauses) {
            if (!(clause instanceof JsonArray c) || c.size() < 2 || !(c.get(0) instanceof JsonString name)
                    || !(c.get(1) instanceof JsonString opText)) {
                throw new InvalidInput("having", "each condition is [selected column, operator, value]");
            }
            if (groupBy.isEmpty()) {
                throw new InvalidInput("having", "needs a groupBy");
            }
            countCondition("having");
            Column column = columns.stream().filter(col -> col.name().equals(name.getString())).findFirst()
                    .orElseThrow(() -> new InvalidInput("having", "'" + FieldValues.abbreviate(name.getString()) + "' is not a selected column"));
            String op = opText.getString().toUpperCase(Locale.ROOT);
            JsonValue value = c.size() > 2 ? c.get(2) : null;
            if (COMPARISONS.contains(op)) {
                having.add(column.expression() + " " + (op.equals("!=") ? "<>" : op) + " "
                        + parameter(FieldValues.toJava(column.field(), requireValue(value, op), "having")));
            } else if (op.equals("IN") || op.equals("NOT IN")) {
                having.add(column.expression() + " " + op + " " + parameter(list(column.field(), value, op, -1)));
            } else if (op.equals("IS NULL") || op.equals("IS NOT NULL")) {
                having.add(column.expression() + " " + op);
            } else {
                throw new InvalidInput("having", "operator '" + FieldValues.abbreviate(opText.getString()) + "' is not offered in having");
            }
        }
        return this;
    }

    private Column aggregate(String text) {
        var matcher = AGGREGATE.matcher(text);
        matcher.matches();
        Column inner = expression(matcher.group(3), "select");
        if (inner.suffix() != null) {
            throw new InvalidInput("select", "aggregate the field itself, not '" + matcher.group(3) + "'");
        }
        String function = matcher.group(1);
        String name = matcher.group(5) != null ? matcher.group(5) : function + ":" + matcher.group(3);
        String expression = function + "(" + (matcher.group(2) != null ? "DISTINCT " : "") + inner.expression() + ")";
        CatalogField field = function.equals("COUNT")
                ? CatalogField.computed(name, Long.class) : inner.field();
        return new Column(name, expression, field);
    }

    public CatalogQuery where(JsonArray clauses) {
        List<String> parts = new ArrayList<>();
        for (JsonValue clause : clauses) {
            parts.add(clause(clause, 0));
        }
        parts.addAll(explicitConditions);
        CatalogField filter = root.defaultFilterField();
        if (filter != null && !mentionsDefaultFilter) {
            parts.add(filter.path(ROOT) + " = " + parameter(root.defaultFilterValue()));
        }
        where = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        onlyDefaultFilter = filter != null && parts.size() == 1 && clauses.isEmpty() && explicitConditions.isEmpty();
        soleEquality = filter != null && !mentionsDefaultFilter && clauses.size() == 1 && explicitConditions.isEmpty() ? topLevelEquality : null;
        return this;
    }

    public CatalogQuery orderBy(JsonObject order) {
        if (order.size() > QueryLimits.MAX_SELECT) {
            throw new InvalidInput("orderBy", "at most " + QueryLimits.MAX_SELECT + " entries (limit MAX_SELECT)");
        }
        for (Map.Entry<String, JsonValue> entry : order.entrySet()) {
            String direction = entry.getValue() instanceof JsonString s ? s.getString().toUpperCase(Locale.ROOT) : "";
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw new InvalidInput("orderBy", "direction of " + entry.getKey() + " must be ASC or DESC");
            }
            String key = entry.getKey();
            orderRequested.add(key + " " + direction);
            if (key.contains(":")) {
                orderBy.add(optionOrder(expression(key, "orderBy")) + " " + direction);
                continue;
            }
            String expression = columns.stream().filter(c -> c.name().equals(key) && !c.name().equals(c.field().name())
                            || c.name().equals(key) && AGGREGATE.matcher(c.expression()).find()).findFirst()
                    .map(Column::expression).orElseGet(() -> expression(key, "orderBy").expression());
            orderBy.add(expression + " " + direction);
        }
        return this;
    }

    public boolean wantsRowCount() {
        return rowCount;
    }

    public boolean hasColumns() {
        return !columns.isEmpty();
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean isOrderedById() {
        return orderBy.isEmpty() && groupBy.isEmpty();
    }

    /** The rows; with {@code afterId}, only those after it by id (keyset paging of a streamed result). */
    public Query rows(EntityManager em, Long afterId) {
        return afterId == null ? rows(em, null, null, null) : rows(em, ROOT + ".id > :afterId", "afterId", afterId);
    }

    /** The rows among these ids, in the query's order: a page whose ids an {@link IndexedReads} chose. */
    Query rowsAmong(EntityManager em, List<Long> ids) {
        return rows(em, ROOT + ".id IN :pageIds", "pageIds", ids);
    }

    private Query rows(EntityManager em, String extraCondition, String parameter, Object value) {
        String select = String.join(", ", columns.stream().map(Column::expression).toList());
        String condition = where;
        if (extraCondition != null) {
            condition = (where.isEmpty() ? " WHERE " : where + " AND ") + extraCondition;
        }
        List<String> order = new ArrayList<>(orderBy);
        String grouping = "";
        if (groupBy.isEmpty()) {
            order.add(ROOT + ".id ASC");
        } else {
            grouping = " GROUP BY " + String.join(", ", groupBy) + (having.isEmpty() ? "" : " HAVING " + String.join(" AND ", having));
            if (order.isEmpty()) {
                order.addAll(groupBy);
            }
        }
        Query query = em.createQuery("SELECT " + select + from() + condition + grouping + " ORDER BY " + String.join(", ", order));
        bind(query);
        if (parameter != null) {
            query.setParameter(parameter, value);
        }
        return query;
    }

    /**
     * The ids of the matching rows, for update and delete, locked until the transaction ends: the where
     * is judged on the latest committed rows and nobody changes them before the write, so an update
     * "where modified_date = what I read" either finds the row unchanged or finds nothing.
     */
    public Query ids(EntityManager em) {
        Query query = em.createQuery("SELECT " + ROOT + ".id" + from() + where + " ORDER BY " + ROOT + ".id");
        bind(query);
        query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return query;
    }

    /**
     * The matching root entities themselves, in the query's order and then by id: for code that works on
     * the entities (a smart group's members) rather than on answered rows.
     */
    public <T> jakarta.persistence.TypedQuery<T> records(EntityManager em, Class<T> type) {
        if (type != root.jpaClass()) {
            throw new IllegalArgumentException(root.name() + " records are " + root.jpaName() + ", not " + type.getSimpleName());
        }
        List<String> order = new ArrayList<>(orderBy);
        order.add(ROOT + ".id ASC");
        jakarta.persistence.TypedQuery<T> query = em.createQuery("SELECT " + ROOT + from() + where + " ORDER BY "
                + String.join(", ", order), type);
        bind(query);
        return query;
    }

    /** The ids of the matching rows, unlocked: for an action whose own transactions change the rows. */
    public Query unlockedIds(EntityManager em) {
        Query query = em.createQuery("SELECT " + ROOT + ".id" + from() + where + " ORDER BY " + ROOT + ".id");
        bind(query);
        return query;
    }

    /**
     * How many rows match: from the entity's index when this is a plain read it answers (or one whose
     * only condition is an equality the index keeps counts by), else counted.
     */
    public long count(EntityManager em) {
        OptionalLong indexed = indexedCount();
        if (indexed.isPresent()) {
            return indexed.getAsLong();
        }
        Query query = em.createQuery("SELECT COUNT(" + ROOT + ")" + from() + where);
        bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The ids of a page of a plain read in the order its entity's index holds, when the index answers it. */
    Optional<List<Long>> indexedPage(int offset, int limit) {
        if (limit < 1 || limit > MAX_INDEXED_PAGE) {
            return Optional.empty();
        }
        return index().filter(index -> orderRequested.equals(List.of(index.sortField() + " ASC")))
                .flatMap(index -> index.page(offset, limit));
    }

    private Optional<IndexedReads> index() {
        return onlyDefaultFilter && readsRootAlone() ? entities.indexedReads(root) : Optional.empty();
    }

    private OptionalLong indexedCount() {
        if (soleEquality == null) {
            return index().map(IndexedReads::count).orElse(OptionalLong.empty());
        }
        String field = soleEquality.field().name();
        return (readsRootAlone() ? entities.indexedReads(root) : Optional.<IndexedReads>empty())
                .filter(index -> index.countedBy().filter(field::equals).isPresent())
                .map(index -> index.count(field, soleEquality.value())).orElse(OptionalLong.empty());
    }

    /**
     * At most one row whatever the page: the root's own id is required to equal a value, and nothing
     * joined can repeat it. Such a read needs no LIMIT, and so runs the statement EclipseLink prepared
     * once for its JPQL instead of preparing another per call for the page's bounds.
     */
    public boolean matchesAtMostOneRow() {
        return identifiedById && readsRootAlone();
    }

    /** No join, grouping or having: the rows are the root entity's, one each. */
    private boolean readsRootAlone() {
        return joinClauses.length() == 0 && groupBy.isEmpty() && having.isEmpty() && entities != null;
    }

    private String from() {
        return " FROM " + root.jpaName() + " " + ROOT + joinClauses;
    }

    private void bind(Query query) {
        parameters.forEach(query::setParameter);
    }

    private Column expression(String named, String param) {
        int colon = named.lastIndexOf(':');
        if (colon < 0 || named.indexOf('.', colon) >= 0) {
            return field(named, param);
        }
        String suffix = named.substring(colon + 1);
        Column column = field(named.substring(0, colon), param);
        List<String> offered = entities.fieldOptions().suffixes(column.field());
        if (offered.isEmpty()) {
            throw new InvalidInput(param, "'" + column.field().name() + "' has no options, so no ':" + FieldValues.abbreviate(suffix) + "'");
        }
        if (!offered.contains(suffix)) {
            throw new InvalidInput(param, "'" + FieldValues.abbreviate(named) + "': the suffixes of " + column.field().name() + " are " + offered);
        }
        return new Column(named, column.expression(), column.field(), suffix);
    }

    private Column field(String dotted, String param) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length > MAX_DEPTH + 1) {
            throw new InvalidInput(param, "'" + dotted + "' joins deeper than " + MAX_DEPTH + " levels");
        }
        CatalogEntity entity = root;
        String alias = ROOT;
        String path = "";
        int start = 0;
        Join explicit = parts.length > 1 ? explicitJoins.get(parts[0]) : null;
        if (explicit != null) {
            entity = explicit.entity();
            alias = explicit.alias();
            path = "@" + parts[0];
            start = 1;
        }
        if (param.equals("join") && parts.length - start > 1) {
            throw new InvalidInput("join", "a join condition compares fields of the root and of joined entities, not '" + dotted
                    + "': join that entity explicitly");
        }
        for (int i = start; i < parts.length - 1; i++) {
            CatalogField key = entity.readable(parts[i], param);
            if (key.isList()) {
                throw new InvalidInput(param, "'" + key.name() + "' is a list; '" + dotted + "' cannot join through it");
            }
            String fk = key.foreignEntity().orElseThrow(() -> new InvalidInput(param,
                    "'" + key.name() + "' of " + root.name() + " is not a foreign key; '" + dotted + "' cannot join through it"));
            CatalogEntity target = entities.find(fk).orElseThrow(() -> new InvalidInput(param,
                    "'" + dotted + "' joins " + fk + ", which the API does not expose"));
            path = path.isEmpty() ? parts[i] : path + "." + parts[i];
            String fromAlias = alias;
            alias = join(path, fromAlias, key, target).alias();
            entity = target;
        }
        CatalogField field = entity.readable(parts[parts.length - 1], param);
        if (field.isList()) {
            if (!param.equals("select")) {
                throw new InvalidInput(param, "'" + field.name() + "' is a list: select it, or filter it with CONTAINS or IS EMPTY");
            }
            return new Column(dotted, alias + ".id", field);
        }
        if (field.association() && param.equals("join")) {
            // the key's own value: a join here would land in the FROM after the ON that needs it
            return new Column(dotted, alias + "." + field.attribute() + ".id", field);
        }
        if (field.association()) {
            Join target = join((path.isEmpty() ? "" : path + ".") + field.name(), alias, field,
                    entities.byJpaClass(field.javaType()).orElse(null));
            return new Column(dotted, target.alias() + ".id", field);
        }
        return new Column(dotted, alias + "." + field.attribute(), field);
    }

    private Join join(String path, String fromAlias, CatalogField key, CatalogEntity target) {
        Join existing = joins.get(path);
        if (existing != null) {
            return existing;
        }
        Join join = new Join("j" + (joins.size() + 1), target);
        joins.put(path, join);
        if (key.association()) {
            joinClauses.append(" LEFT JOIN ").append(fromAlias).append('.').append(key.attribute()).append(' ').append(join.alias())
                    .append(" ON ").append(permitted(join.alias(), key.javaType()));
        } else {
            joinClauses.append(" LEFT JOIN ").append(target.jpaName()).append(' ').append(join.alias())
                    .append(" ON ").append(join.alias()).append(".id = ").append(fromAlias).append('.').append(key.attribute())
                    .append(" AND ").append(permitted(join.alias(), target.jpaClass()));
        }
        return join;
    }

    /**
     * The joined row only if the caller may read it, decided inside the join's ON: EclipseLink places a
     * joined entity's access criteria in WHERE, where a row of another domain would drop (or, for
     * EXCLUDE, keep) the root row and so answer differently from a join to nothing. The subquery reads
     * the same entity, so the same criteria (scoping and visibility) filter it: a join to a row the caller
     * cannot see is exactly a join to no row.
     */
    private String permitted(String alias, Class<?> entity) {
        if (joins.size() + explicitJoins.size() > QueryLimits.MAX_JOINS) {
            throw new InvalidInput("join", "a query may join at most " + QueryLimits.MAX_JOINS + " entities (limit MAX_JOINS)");
        }
        String inner = "s" + (++permittedSubqueries);
        return alias + ".id IN (SELECT " + inner + ".id FROM " + entity.getSimpleName() + " " + inner + ")";
    }

    private String clause(JsonValue clause, int depth) {
        if (depth > QueryLimits.MAX_WHERE_DEPTH) {
            throw new InvalidInput("where", "conditions nest deeper than " + QueryLimits.MAX_WHERE_DEPTH + " levels (limit MAX_WHERE_DEPTH)");
        }
        if (!(clause instanceof JsonArray array) || array.isEmpty() || !(array.get(0) instanceof JsonString head)) {
            throw new InvalidInput("where", "each condition is [field, operator, value] or [\"OR\"|\"AND\"|\"NOT\", [conditions]]");
        }
        String first = head.getString();
        if (first.equals("OR") || first.equals("AND") || first.equals("NOT")) {
            if (array.size() != 2 || !(array.get(1) instanceof JsonArray inner) || inner.isEmpty()) {
                throw new InvalidInput("where", first + " takes one non-empty list of conditions");
            }
            List<String> parts = new ArrayList<>();
            for (JsonValue nested : inner) {
                parts.add(clause(nested, depth + 1));
            }
            String joined = "(" + String.join(first.equals("OR") ? " OR " : " AND ", parts) + ")";
            return first.equals("NOT") ? "NOT " + joined : joined;
        }
        countCondition("where");
        if (array.size() < 2 || !(array.get(1) instanceof JsonString opText)) {
            throw new InvalidInput("where", "condition on '" + first + "' needs an operator");
        }
        CatalogField list = root.field(first).filter(CatalogField::isList).orElse(null);
        if (list != null) {
            return listCondition(list, opText.getString().toUpperCase(Locale.ROOT), array.size() > 2 ? array.get(2) : null);
        }
        Column column = expression(first, "where");
        if (root.defaultFilterField() != null && column.field() == root.defaultFilterField() && !first.contains(".")) {
            mentionsDefaultFilter = true;
        }
        String op = opText.getString().toUpperCase(Locale.ROOT);
        JsonValue value = array.size() > 2 ? array.get(2) : null;
        String expr = column.expression();
        CatalogField field = column.field();
        if (column.suffix() != null && !op.startsWith("IS ")) {
            return optionCondition(column, op, value);
        }
        if (COMPARISONS.contains(op)) {
            Object compared = FieldValues.toJava(field, requireValue(value, op), "where");
            if (depth == 0 && op.equals("=") && !first.contains(".")) {
                topLevelEquality = new Equality(field, compared);
                identifiedById |= field.name().equals("id");
            }
            return expr + " " + (op.equals("!=") ? "<>" : op) + " " + parameter(compared);
        }
        switch (op) {
            case "IS NULL":
                return expr + " IS NULL";
            case "IS NOT NULL":
                return expr + " IS NOT NULL";
            case "IS EMPTY":
                return isString(field) ? "(" + expr + " IS NULL OR " + expr + " = '')" : expr + " IS NULL";
            case "IS NOT EMPTY":
                return isString(field) ? "(" + expr + " IS NOT NULL AND " + expr + " <> '')" : expr + " IS NOT NULL";
            case "LIKE", "NOT LIKE":
                return expr + " " + op + " " + parameter(text(requireValue(value, op), op));
            case "CONTAINS":
                return expr + " LIKE " + parameter("%" + escapeLike(text(requireValue(value, op), op)) + "%");
            case "IN", "NOT IN": {
                List<Object> items = list(field, value, op, -1);
                if (items.isEmpty()) {
                    return ROOT + (op.equals("IN") ? ".id IS NULL" : ".id IS NOT NULL");
                }
                return expr + " " + op + " " + parameter(items);
            }
            case "BETWEEN", "NOT BETWEEN": {
                List<Object> bounds = list(field, value, op, 2);
                return expr + " " + op + " " + parameter(bounds.get(0)) + " AND " + parameter(bounds.get(1));
            }
            default:
                throw new InvalidInput("where", "unknown operator '" + FieldValues.abbreviate(opText.getString()) + "'");
        }
    }

    /**
     * A condition on a list read from another entity: whether one of the rows the caller sees holds the
     * value, by a subquery on that entity, so its scoping and visibility decide as in any read of it.
     */
    private String listCondition(CatalogField list, String op, JsonValue value) {
        CatalogField.ListedFrom from = list.listedFrom();
        CatalogEntity target = entities.require(from.entity());
        String inner = "l" + (++permittedSubqueries);
        String rows = "SELECT " + inner + "." + target.require(from.key(), "where").attribute() + " FROM " + target.jpaName() + " " + inner;
        return switch (op) {
            case "CONTAINS" -> {
                CatalogField valueField = target.require(from.value(), "where");
                yield ROOT + ".id IN (" + rows + " WHERE " + inner + "." + valueField.attribute() + " = "
                        + parameter(FieldValues.toJava(valueField, requireValue(value, op), "where")) + ")";
            }
            case "IS EMPTY" -> ROOT + ".id NOT IN (" + rows + ")";
            case "IS NOT EMPTY" -> ROOT + ".id IN (" + rows + ")";
            default -> throw new InvalidInput("where", "'" + list.name() + "' is a list: CONTAINS, IS EMPTY or IS NOT EMPTY, not " + op);
        };
    }

    /**
     * The lists of a page of rows, by row id: one read of the listing entity per column, as the caller
     * reads it, so a list names only rows the caller may see.
     */
    Map<Long, List<JsonValue>> listed(Column column, java.util.Collection<Long> ids, EntityManager em) {
        Map<Long, List<JsonValue>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        CatalogField.ListedFrom from = column.field().listedFrom();
        CatalogEntity target = entities.require(from.entity());
        CatalogQuery query = new CatalogQuery(target, entities).select(List.of(from.key(), from.value()))
                .where(FieldValues.JSON.createArrayBuilder().add(FieldValues.JSON.createArrayBuilder().add(from.key()).add("IN")
                        .add(FieldValues.JSON.createArrayBuilder(List.copyOf(ids)))).build());
        for (JsonObject row : new QueryPlan(target, query, 0, 0, null, null).rows(em)) {
            byId.computeIfAbsent(row.getJsonNumber(from.key()).longValue(), k -> new ArrayList<>()).add(row.get(from.value()));
        }
        return byId;
    }

    /**
     * A condition on an option's attribute ({@code status_id:name = 'Completed'}) as a condition on the
     * stored value: the options are few, so the operator is applied to them here and the rows are those
     * holding one of the options it kept (none kept: no row).
     */
    private String optionCondition(Column column, String op, JsonValue value) {
        java.util.function.Predicate<String> test = OptionMatch.of(op, value);
        List<Object> kept = new ArrayList<>();
        for (FieldOption option : optionsOf(column.field())) {
            if (test.test(option.attribute(column.suffix()))) {
                kept.add(FieldValues.toJava(column.field(), FieldValues.JSON.createValue(option.value()), "where"));
            }
        }
        return kept.isEmpty() ? ROOT + ".id IS NULL" : column.expression() + " IN " + parameter(kept);
    }

    /** Rows in the order of their options' attribute: MariaDB's FIELD gives each stored value its rank in that order. */
    private String optionOrder(Column column) {
        List<FieldOption> sorted = new ArrayList<>(optionsOf(column.field()));
        sorted.sort(java.util.Comparator.comparing(o -> o.attribute(column.suffix()) == null ? "" : o.attribute(column.suffix()),
                String.CASE_INSENSITIVE_ORDER));
        if (sorted.isEmpty()) {
            return column.expression();
        }
        StringBuilder field = new StringBuilder("FUNCTION('FIELD', ").append(column.expression());
        for (FieldOption option : sorted) {
            field.append(", ").append(parameter(option.value()));
        }
        return field.append(')').toString();
    }

    /** The options of a field, read once per query. */
    List<FieldOption> optionsOf(CatalogField field) {
        return options.computeIfAbsent(field, entities.fieldOptions()::of);
    }

    /** A selected value as its column answers it: a pseudoconstant's option attribute, else the value itself. */
    JsonValue present(Column column, Object value) {
        if (column.suffix() == null) {
            return FieldValues.toJson(column.field(), value);
        }
        if (value == null) {
            return JsonValue.NULL;
        }
        if (column.field().serialized() && FieldValues.toJson(column.field(), value) instanceof JsonArray stored) {
            var each = FieldValues.JSON.createArrayBuilder();
            stored.forEach(item -> each.add(attributeOf(column, item instanceof JsonString s ? s.getString() : item.toString())));
            return each.build();
        }
        return attributeOf(column, value instanceof Enum<?> constant ? constant.name() : value.toString());
    }

    /** The option's attribute for a stored value, looked up by value (this runs for every row answered). */
    private JsonValue attributeOf(Column column, String stored) {
        FieldOption option = optionsByValue.computeIfAbsent(column.field(), field -> {
            Map<String, FieldOption> byValue = new HashMap<>();
            optionsOf(field).forEach(o -> byValue.putIfAbsent(o.value(), o));
            return byValue;
        }).get(stored);
        String attribute = option == null ? null : option.attribute(column.suffix());
        return attribute == null ? JsonValue.NULL : FieldValues.JSON.createValue(attribute);
    }

    private static boolean isString(CatalogField field) {
        return !field.association() && field.javaType() == String.class;
    }

    private static JsonValue requireValue(JsonValue value, String op) {
        if (value == null) {
            throw new InvalidInput("where", op + " needs a value");
        }
        return value;
    }

    private static String text(JsonValue value, String op) {
        if (!(value instanceof JsonString s)) {
            throw new InvalidInput("where", op + " needs a text value");
        }
        return s.getString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void countCondition(String param) {
        if (++conditions > QueryLimits.MAX_CONDITIONS) {
            throw new InvalidInput(param, "more than " + QueryLimits.MAX_CONDITIONS + " conditions (limit MAX_CONDITIONS)");
        }
    }

    private static List<Object> list(CatalogField field, JsonValue value, String op, int size) {
        if (!(value instanceof JsonArray array) || (size >= 0 && array.size() != size)) {
            throw new InvalidInput("where", op + " needs a list" + (size >= 0 ? " of " + size + " values" : ""));
        }
        if (array.size() > QueryLimits.MAX_IN_VALUES) {
            throw new InvalidInput("where", op + " takes at most " + QueryLimits.MAX_IN_VALUES + " values (limit MAX_IN_VALUES)");
        }
        List<Object> items = new ArrayList<>();
        for (JsonValue item : array) {
            Object converted = FieldValues.toJava(field, item, "where");
            if (converted == null) {
                throw new InvalidInput("where", op + " values cannot be null");
            }
            items.add(converted);
        }
        return items;
    }

    private String parameter(Object value) {
        if (value == null) {
            throw new InvalidInput("where", "compare with null through IS NULL");
        }
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }
}
