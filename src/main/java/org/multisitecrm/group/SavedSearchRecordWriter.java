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

    @Inject
    private SavedSearchService searches;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return searches.create(values.require("name"), values.getOr("label", null), values.getOr("api_entity", null),
                values.require("api_params")).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        SavedSearch current = searches.get(id);
        searches.update(id, values.getOr("label", current.getLabel()), values.getOr("api_params", current.getApiParams()));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        searches.delete(id);
    }
}
