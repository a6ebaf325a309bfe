package org.multisitecrm.catalog;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A checked {@code get}, ready to run: the query, the page asked for, how to key the result. Rows are
 * read in batches (by id after the last one when the order is by id, else by offset), so a
 * {@code limit: 0} over a million rows streams with bounded memory.
 */
public final class QueryPlan {

    private static final int BATCH = 500;

    private final CatalogEntity entity;
    private final CatalogQuery query;
    private final int limit;
    private final int offset;
    private final String indexField;
    private final Integer indexPosition;

    public QueryPlan(CatalogEntity entity, CatalogQuery query, int limit, int offset, String indexField, Integer indexPosition) {
        this.entity = entity;
        this.query = query;
        this.limit = limit;
        this.offset = offset;
        this.indexField = indexField;
        this.indexPosition = indexPosition;
    }

    public CatalogEntity entity() {
        return entity;
    }

    /** Writes the whole answer; the row count goes last, once it is known. */
    public void write(EntityManager em, JsonGenerator out, String action) {
        out.writeStartObject();
        out.write("entity", entity.name()).write("action", action).write("version", 4);
        Long matched = query.wantsRowCount() ? query.count(em) : null;
        int[] fetched = {0};
        if (indexPosition != null) {
            JsonObject[] chosen = {null};
            forEachRow(em, row -> {
                if (fetched[0]++ == indexPosition) {
                    chosen[0] = row;
                }
            });
            out.write("values", chosen[0] == null ? JsonValue.EMPTY_JSON_ARRAY : chosen[0]);
        } else if (indexField != null) {
            out.writeStartObject("values");
            forEachRow(em, row -> {
                fetched[0]++;
                JsonValue key = row.get(indexField);
                out.write(key == null || key == JsonValue.NULL ? "" : key instanceof jakarta.json.JsonString s ? s.getString() : key.toString(), row);
            });
            out.writeEnd();
        } else {
            out.writeStartArray("values");
            forEachRow(em, row -> {
                fetched[0]++;
                out.write(row);
            });
            out.writeEnd();
        }
        long count = matched != null ? matched : fetched[0];
        out.write("count", count).write("countFetched", fetched[0]);
        if (matched != null) {
            out.write("countMatched", matched);
        } else if (limit == 0 && offset == 0) {
            out.write("countMatched", fetched[0]);
        }
        out.writeEnd();
    }

    /** Each row in turn, read in batches: for a consumer that writes them out as they come (a CSV export). */
    public void forEach(EntityManager em, Consumer<JsonObject> sink) {
        forEachRow(em, sink);
    }

    /** The rows as a list, for chains, batches and the record written by create/update. */
    public List<JsonObject> rows(EntityManager em) {
        List<JsonObject> rows = new java.util.ArrayList<>();
        forEachRow(em, rows::add);
        return rows;
    }

    private void forEachRow(EntityManager em, Consumer<JsonObject> sink) {
        if (!query.hasColumns()) {
            return;
        }
        java.util.Optional<List<Long>> indexed = query.indexedPage(offset, limit);
        if (indexed.isPresent()) {
            if (!indexed.get().isEmpty()) {
                emit(em, query.rowsAmong(em, indexed.get()).getResultList(), sink);
            }
            return;
        }
        if (offset == 0 && query.matchesAtMostOneRow()) {
            emit(em, query.rows(em, null).getResultList(), sink);
            return;
        }
        int remaining = limit == 0 ? Integer.MAX_VALUE : limit;
        boolean keyset = query.isOrderedById();
        Long afterId = null;
        int position = offset;
        while (remaining > 0) {
            int size = Math.min(BATCH, remaining);
            Query page = query.rows(em, afterId);
            if (!keyset || afterId == null) {
                page.setFirstResult(keyset ? offset : position);
            }
            page.setMaxResults(size);
            @SuppressWarnings("unchecked")
            List<Object> batch = page.getResultList();
            emit(em, batch, sink);
            if (batch.size() < size) {
                return;
            }
            remaining -= batch.size();
            position += batch.size();
            if (keyset) {
                afterId = lastId(batch);
                if (afterId == null) {
                    keyset = false;
                }
            }
        }
    }

    private void emit(EntityManager em, List<?> batch, Consumer<JsonObject> sink) {
        @SuppressWarnings("unchecked")
        List<Object> results = (List<Object>) batch;
        Map<Integer, Map<Long, List<JsonValue>>> lists = lists(em, results);
        for (Object result : results) {
            sink.accept(toJson(result, lists));
        }
    }

    /** The id column is the tie-breaker of every order; it is also selected when a streamed page needs it. */
    private Long lastId(List<Object> batch) {
        int idColumn = -1;
        List<CatalogQuery.Column> columns = query.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).expression().equals(CatalogQuery.ROOT + ".id")) {
                idColumn = i;
            }
        }
        if (idColumn < 0) {
            return null;
        }
        Object last = batch.get(batch.size() - 1);
        Object value = last instanceof Object[] values ? values[idColumn] : last;
        return value == null ? null : ((Number) value).longValue();
    }

    private JsonObject toJson(Object result, Map<Integer, Map<Long, List<JsonValue>>> lists) {
        List<CatalogQuery.Column> columns = query.columns();
        JsonObjectBuilder row = FieldValues.JSON.createObjectBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Object value = result instanceof Object[] values ? values[i] : result;
            if (lists.containsKey(i)) {
                List<JsonValue> listed = value == null ? List.of() : lists.get(i).getOrDefault(((Number) value).longValue(), List.of());
                row.add(columns.get(i).name(), FieldValues.JSON.createArrayBuilder(listed));
            } else {
                row.add(columns.get(i).name(), query.present(columns.get(i), value));
            }
        }
        return row.build();
    }

    /** For each list column (its value is the row's id), the lists of the batch's rows, read at once. */
    private Map<Integer, Map<Long, List<JsonValue>>> lists(EntityManager em, List<Object> batch) {
        Map<Integer, Map<Long, List<JsonValue>>> lists = new java.util.HashMap<>();
        List<CatalogQuery.Column> columns = query.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field() != null && columns.get(i).field().isList()) {
                java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
                for (Object result : batch) {
                    Object value = result instanceof Object[] values ? values[i] : result;
                    if (value != null) {
                        ids.add(((Number) value).longValue());
                    }
                }
                lists.put(i, query.listed(columns.get(i), ids, em));
            }
        }
        return lists;
    }

    public static JsonArrayBuilder array(List<JsonObject> rows) {
        JsonArrayBuilder array = FieldValues.JSON.createArrayBuilder();
        rows.forEach(array::add);
        return array;
    }
}
