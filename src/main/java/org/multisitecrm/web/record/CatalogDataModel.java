package org.multisitecrm.web.record;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.multisitecrm.catalog.CatalogReads;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.io.Serializable;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A lazy table of one catalogue entity: each page is one {@link CatalogReads} query (the API's, so its
 * scoping, visibility and indexes), sorted by the table's sort and filtered by its column filters
 * ({@code CONTAINS} on text) and by the page's fixed conditions. Only the shown page is held.
 */
public class CatalogDataModel extends LazyDataModel<Map<String, Object>> {

    /** The page's own conditions, asked for at each load (a toggle of the page may change them). */
    public interface Conditions extends Supplier<JsonArray>, Serializable {
    }

    private final CatalogReads reads;
    private final String entity;
    private final List<String> select;
    private final Conditions fixedWhere;

    public CatalogDataModel(CatalogReads reads, String entity, List<String> select, Conditions fixedWhere) {
        this.reads = reads;
        this.entity = entity;
        this.select = select;
        this.fixedWhere = fixedWhere;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, reads.count(entity, where(filterBy)));
    }

    @Override
    public List<Map<String, Object>> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        JsonObjectBuilder order = JSON.createObjectBuilder();
        sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .forEach(s -> order.add(s.getField(), s.getOrder() == SortOrder.DESCENDING ? "DESC" : "ASC"));
        return reads.rows(entity, select, where(filterBy), order.build(), first, pageSize).stream().map(Rows::plain).toList();
    }

    @Override
    public String getRowKey(Map<String, Object> row) {
        return String.valueOf(row.get("id"));
    }

    private JsonArray where(Map<String, FilterMeta> filterBy) {
        JsonArrayBuilder where = JSON.createArrayBuilder(fixedWhere.get());
        filterBy.values().stream().filter(f -> f.getFilterValue() != null && !String.valueOf(f.getFilterValue()).isBlank())
                .forEach(f -> where.add(JSON.createArrayBuilder().add(f.getField()).add("CONTAINS")
                        .add(String.valueOf(f.getFilterValue()).trim())));
        return where.build();
    }
}
