package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/** Contributions through {@link ContributionService}; an update keeps what it does not send. */
@ApplicationScoped
class ContributionRecordWriter implements RecordWriter {

    @Inject
    private ContributionService contributions;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return contributions.create(ContributionSpec.of(values, ContributionSpec.NONE)).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        contributions.update(id, ContributionSpec.of(values, contributions.get(id).spec()));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        contributions.delete(id);
    }
}
