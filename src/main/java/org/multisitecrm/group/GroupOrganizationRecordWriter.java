package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Group-organisation links through {@link GroupService}: they decide what a site sees, so only
 * 'administer Multiple Organizations' makes or ends one. Created or deleted, never changed.
 */
@ApplicationScoped
class GroupOrganizationRecordWriter implements RecordWriter {

    @Inject
    private GroupService groups;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return groups.linkOrganization(values.<Long>require("group_id"), values.<Long>require("organization_id")).getId();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        groups.unlinkOrganization(id);
    }
}
