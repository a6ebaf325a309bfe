package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/** Saved searches through {@link SavedSearchService}, which checks their criteria and who may change a smart group's. */
@ApplicationScoped
class SavedSearchRecordWriter implements RecordWriter {

    /** What the service decides; the rest (description, expiry) are plain columns. */
    private static final java.util.Set<String> RULED = java.util.Set.of("name", "label", "api_entity", "api_params");

    @Inject
    private SavedSearchService searches;

    @Inject
    private org.multisitecrm.catalog.EntityCatalog catalog;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        SavedSearch search = searches.create(values.require("name"), values.getOr("label", null), values.getOr("api_entity", null),
                values.require("api_params"));
        catalog.applyFields(search, values.without(RULED));
        return search.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        SavedSearch current = searches.get(id);
        SavedSearch search = searches.update(id, values.getOr("label", current.getLabel()),
                values.getOr("api_params", current.getApiParams()));
        catalog.applyFields(search, values.without(RULED));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        searches.delete(id);
    }
}
