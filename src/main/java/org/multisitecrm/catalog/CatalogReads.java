package org.multisitecrm.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.security.NotFound;

import java.util.List;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The catalogue's reads for adapters that show records a page at a time (the back office): the same
 * {@link CatalogQuery} the API runs, so the same checks of names, the same scoping and visibility, and
 * the same answer for another domain's record as for a missing one.
 */
@ApplicationScoped
@Transactional
public class CatalogReads {

    @Inject
    private EntityCatalog entities;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** The rows from {@code offset}, at most {@code limit} of them, in the order asked and then by id. */
    public List<JsonObject> rows(String entityName, List<String> select, JsonArray where, JsonObject orderBy, int offset, int limit) {
        if (limit < 1) {
            // QueryPlan reads a limit of 0 as "every row", which a page must never ask for by accident
            throw new IllegalArgumentException("a page of at least one row, not " + limit);
        }
        CatalogEntity entity = entities.require(entityName);
        CatalogQuery query = new CatalogQuery(entity, entities).select(select).where(where).orderBy(orderBy);
        return new QueryPlan(entity, query, limit, offset, null, null).rows(em);
    }

    public long count(String entityName, JsonArray where) {
        CatalogEntity entity = entities.require(entityName);
        CatalogQuery query = new CatalogQuery(entity, entities).where(where);
        return query.count(em);
    }

    /** The record with this id, or {@link NotFound} whether it is missing, in another domain or out of sight. */
    public JsonObject one(String entityName, long id, List<String> select) {
        JsonArray where = JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(id)).build();
        List<JsonObject> rows = rows(entityName, select, where, JsonObject.EMPTY_JSON_OBJECT, 0, 1);
        if (rows.isEmpty()) {
            throw new NotFound(entityName, id);
        }
        return rows.get(0);
    }
}
