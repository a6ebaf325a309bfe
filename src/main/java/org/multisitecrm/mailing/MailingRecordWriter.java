package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/** Mailings through {@link MailingService}: written while Draft, scheduled by their {@code scheduled_date}. */
@ApplicationScoped
class MailingRecordWriter implements RecordWriter {

    @Inject
    private MailingService mailings;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return mailings.create(values);
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        mailings.update(id, values);
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        mailings.delete(id);
    }
}
