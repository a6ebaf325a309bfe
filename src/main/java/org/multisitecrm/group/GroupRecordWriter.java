package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.List;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Groups through {@link GroupService}: a branch user's new group is linked to their domain's
 * organisation (the seed's preferred method), names are unique, a reserved domain group is never
 * deleted. A smart group names an unused saved search ({@code saved_search_id}).
 */
@ApplicationScoped
class GroupRecordWriter implements RecordWriter {

    @Inject
    private GroupService groups;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        ContactGroup group = groups.create(new GroupSpec(values.require("name"), values.require("title"),
                values.getOr("description", null), List.of(), null, null, values.getOr("saved_search_id", null)));
        if (values.has("is_active") || values.has("visibility") || values.has("is_hidden")) {
            groups.update(group.getId(), merged(group.details(), values));
        }
        return group.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        groups.update(id, merged(groups.get(id).details(), values));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        groups.delete(id);
    }

    private static GroupDetails merged(GroupDetails current, RecordValues values) {
        return new GroupDetails(values.getOr("title", current.title()), values.getOr("description", current.description()),
                values.getOr("is_active", current.isActive()), values.getOr("visibility", current.visibility()),
                values.getOr("is_hidden", current.isHidden()));
    }
}
