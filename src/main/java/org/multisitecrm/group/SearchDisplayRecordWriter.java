package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;

/** Search displays, changed by whoever may change their saved search ({@link SavedSearchService}). */
@ApplicationScoped
class SearchDisplayRecordWriter implements RecordWriter {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private SavedSearchService searches;

    @Inject
    private EntityCatalog catalog;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        Long searchId = values.require("saved_search_id");
        if (em.find(SavedSearch.class, searchId) == null) {
            throw new InvalidInput("saved_search_id", "no SavedSearch has id " + searchId);
        }
        searches.requireEditable(searchId, "create a display of");
        SearchDisplay display = new SearchDisplay();
        catalog.applyFields(display, values);
        em.persist(display);
        em.flush();
        return display.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        SearchDisplay display = find(id);
        searches.requireEditable(display.getSavedSearchId(), "change a display of");
        catalog.applyFields(display, values);
        em.flush();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        SearchDisplay display = find(id);
        searches.requireEditable(display.getSavedSearchId(), "delete a display of");
        em.remove(display);
        em.flush();
    }

    private SearchDisplay find(long id) {
        SearchDisplay display = em.find(SearchDisplay.class, id);
        if (display == null) {
            throw new NotFound("SearchDisplay", id);
        }
        return display;
    }
}
