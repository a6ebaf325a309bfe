package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.administration.DomainSpec;

import java.util.List;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Domains through {@link DomainService} ('administer Multiple Organizations'): a new domain gets its
 * organisation, domain group, menus and settings by the same path as every other; a rename keeps its
 * settings file bound. Its hostnames are Site records. Domains are never deleted: their
 * contacts, groups and history would be orphaned.
 */
@ApplicationScoped
class DomainRecordWriter implements RecordWriter {

    @Inject
    private DomainService domains;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return domains.create(new DomainSpec(values.require("name"), values.getOr("description", null),
                values.getOr("parent_id", null), List.of())).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        if (values.has("name")) {
            domains.rename(id, values.require("name"));
        }
        if (values.has("description")) {
            domains.describe(id, values.getOr("description", null));
        }
        if (values.has("parent_id")) {
            domains.move(id, values.getOr("parent_id", null));
        }
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        throw new Conflict("domain " + id + " cannot be deleted: its contacts, groups and history belong to it");
    }
}
