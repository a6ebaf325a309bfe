package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.group.GroupService;

/**
 * Group-organisation links through {@link GroupService}: they decide what a site sees, so only
 * 'administer Multiple Organizations' makes or ends one. Created or deleted, never changed.
 */
@ApplicationScoped
public class GroupOrganizationRecordWriter implements RecordWriter {

    @Inject
    private GroupService groups;

    @Override
    public long create(ApiEntity entity, ApiRecord values) {
        return groups.linkOrganization(values.<Long>require("group_id"), values.<Long>require("organization_id")).getId();
    }

    @Override
    public void delete(ApiEntity entity, long id, JsonObject params) {
        groups.unlinkOrganization(id);
    }
}
