package org.multisitecrm.api4;

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
import java.util.Set;

/**
 * An APIv4 {@code get} translated into JPQL. Every identifier in the JPQL comes from the entity's
 * metadata after the client's name was checked against it; every value is a bound parameter. Implicit
 * joins ({@code contact_id.display_name}) become LEFT JOINs on the foreign key, and the joined entity
 * is filtered by the same scoping and visibility rules as the root.
 */
final class ApiQuery {

    static final String ROOT = "a";
    private static final Set<String> COMPARISONS = Set.of("=", "!=", "<>", ">", ">=", "<", "<=");
    private static final int MAX_DEPTH = 3;

    /** One selected column: the name it is answered under and its JPQL expression. */
    record Column(String name, String expression, ApiField field) {
    }

    private record Join(String alias, ApiEntity entity) {
    }

    private final ApiEntity root;
    private final ApiEntities entities;
    private final Map<String, Join> joins = new LinkedHashMap<>();
    private final StringBuilder joinClauses = new StringBuilder();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final List<String> orderBy = new ArrayList<>();
    private String where = "";
    private boolean rowCount;
    private boolean mentionsDefaultFilter;

    ApiQuery(ApiEntity root, ApiEntities entities) {
        this.root = root;
        this.entities = entities;
    }

    /** {@code select}: absent or {@code *} means every field; {@code row_count} asks for the number matched. */
    ApiQuery select(List<String> names) {
        List<String> wanted = names.isEmpty() ? List.of("*") : names;
        for (String name : wanted) {
            if (name.equals("*")) {
                root.allFields().forEach(f -> columns.add(new Column(f.name(), expression(f.name(), "select").expression(), f)));
            } else if (name.equals("row_count")) {
                rowCount = true;
            } else {
                columns.add(expression(name, "select"));
            }
        }
        return this;
    }

    ApiQuery where(JsonArray clauses) {
        List<String> parts = new ArrayList<>();
        for (JsonValue clause : clauses) {
            parts.add(clause(clause, 0));
        }
        ApiField filter = root.defaultFilterField();
        if (filter != null && !mentionsDefaultFilter) {
            parts.add(filter.path(ROOT) + " = " + parameter(root.defaultFilterValue()));
        }
        where = parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
        return this;
    }

    ApiQuery orderBy(JsonObject order) {
        for (Map.Entry<String, JsonValue> entry : order.entrySet()) {
            String direction = entry.getValue() instanceof JsonString s ? s.getString().toUpperCase(Locale.ROOT) : "";
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw new InvalidInput("orderBy", "direction of " + entry.getKey() + " must be ASC or DESC");
            }
            orderBy.add(expression(entry.getKey(), "orderBy").expression() + " " + direction);
        }
        return this;
    }

    boolean wantsRowCount() {
        return rowCount;
    }

    boolean hasColumns() {
        return !columns.isEmpty();
    }

    List<Column> columns() {
        return columns;
    }

    boolean isOrderedById() {
        return orderBy.isEmpty();
    }

    /** The rows; with {@code afterId}, only those after it by id (keyset paging of a streamed result). */
    Query rows(EntityManager em, Long afterId) {
        String select = String.join(", ", columns.stream().map(Column::expression).toList());
        String condition = where;
        if (afterId != null) {
            condition = (where.isEmpty() ? " WHERE " : where + " AND ") + ROOT + ".id > :afterId";
        }
        List<String> order = new ArrayList<>(orderBy);
        order.add(ROOT + ".id ASC");
        Query query = em.createQuery("SELECT " + select + from() + condition + " ORDER BY " + String.join(", ", order));
        bind(query);
        if (afterId != null) {
            query.setParameter("afterId", afterId);
        }
        return query;
    }

    /** The ids of the matching rows, for update and delete. */
    Query ids(EntityManager em) {
        Query query = em.createQuery("SELECT " + ROOT + ".id" + from() + where + " ORDER BY " + ROOT + ".id");
        bind(query);
        return query;
    }

    Query count(EntityManager em) {
        Query query = em.createQuery("SELECT COUNT(" + ROOT + ")" + from() + where);
        bind(query);
        return query;
    }

    private String from() {
        return " FROM " + root.jpaName() + " " + ROOT + joinClauses;
    }

    private void bind(Query query) {
        parameters.forEach(query::setParameter);
    }

    private Column expression(String dotted, String param) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length > MAX_DEPTH + 1) {
            throw new InvalidInput(param, "'" + dotted + "' joins deeper than " + MAX_DEPTH + " levels");
        }
        ApiEntity entity = root;
        String alias = ROOT;
        String path = "";
        for (int i = 0; i < parts.length - 1; i++) {
            ApiField key = entity.require(parts[i], param);
            String fk = key.foreignEntity().orElseThrow(() -> new InvalidInput(param,
                    "'" + key.name() + "' of " + root.name() + " is not a foreign key; '" + dotted + "' cannot join through it"));
            ApiEntity target = entities.find(fk).orElseThrow(() -> new InvalidInput(param,
                    "'" + dotted + "' joins " + fk + ", which the API does not expose"));
            path = path.isEmpty() ? parts[i] : path + "." + parts[i];
            alias = join(path, alias, key, target).alias();
            entity = target;
        }
        ApiField field = entity.require(parts[parts.length - 1], param);
        if (field.association()) {
            Join target = join((path.isEmpty() ? "" : path + ".") + field.name(), alias, field,
                    entities.byJpaClass(field.javaType()).orElse(null));
            return new Column(dotted, target.alias() + ".id", field);
        }
        return new Column(dotted, alias + "." + field.attribute(), field);
    }

    private Join join(String path, String fromAlias, ApiField key, ApiEntity target) {
        Join existing = joins.get(path);
        if (existing != null) {
            return existing;
        }
        Join join = new Join("j" + (joins.size() + 1), target);
        joins.put(path, join);
        if (key.association()) {
            joinClauses.append(" LEFT JOIN ").append(fromAlias).append('.').append(key.attribute()).append(' ').append(join.alias());
        } else {
            joinClauses.append(" LEFT JOIN ").append(target.jpaName()).append(' ').append(join.alias())
                    .append(" ON ").append(join.alias()).append(".id = ").append(fromAlias).append('.').append(key.attribute());
        }
        return join;
    }

    private String clause(JsonValue clause, int depth) {
        if (depth > 20) {
            throw new InvalidInput("where", "conditions nest too deep");
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
        if (array.size() < 2 || !(array.get(1) instanceof JsonString opText)) {
            throw new InvalidInput("where", "condition on '" + first + "' needs an operator");
        }
        Column column = expression(first, "where");
        if (root.defaultFilterField() != null && column.field() == root.defaultFilterField() && !first.contains(".")) {
            mentionsDefaultFilter = true;
        }
        String op = opText.getString().toUpperCase(Locale.ROOT);
        JsonValue value = array.size() > 2 ? array.get(2) : null;
        String expr = column.expression();
        ApiField field = column.field();
        if (COMPARISONS.contains(op)) {
            return expr + " " + (op.equals("!=") ? "<>" : op) + " " + parameter(ApiValues.toJava(field, requireValue(value, op), "where"));
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
                throw new InvalidInput("where", "unknown operator '" + ApiValues.abbreviate(opText.getString()) + "'");
        }
    }

    private static boolean isString(ApiField field) {
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

    private static List<Object> list(ApiField field, JsonValue value, String op, int size) {
        if (!(value instanceof JsonArray array) || (size >= 0 && array.size() != size)) {
            throw new InvalidInput("where", op + " needs a list" + (size >= 0 ? " of " + size + " values" : ""));
        }
        List<Object> items = new ArrayList<>();
        for (JsonValue item : array) {
            Object converted = ApiValues.toJava(field, item, "where");
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
