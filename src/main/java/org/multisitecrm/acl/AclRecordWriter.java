package org.multisitecrm.acl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * ACLs through {@link AclService} ('administer CiviCRM'; the group must be one the administrator
 * sees). As in CiviCRM's multisite set-up, an ACL is held by an ACL role ({@code civicrm_acl_role})
 * over a group ({@code civicrm_group}); other tables are not supported.
 */
@ApplicationScoped
class AclRecordWriter implements RecordWriter {

    @Inject
    private AclService acls;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        onlyTable(values, "entity_table", "civicrm_acl_role");
        onlyTable(values, "object_table", "civicrm_group");
        return acls.grant(new AclSpec(values.require("name"), values.<Long>require("entity_id"),
                values.<AclOperation>require("operation"), values.<Long>require("object_id"),
                values.getOr("deny", false), values.getOr("priority", 0), values.getOr("is_active", true))).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        AclSpec current = acls.get(id).spec();
        acls.update(id, new AclSpec(values.getOr("name", current.name()), values.getOr("entity_id", current.aclRoleId()),
                values.getOr("operation", current.operation()), values.getOr("object_id", current.groupId()),
                values.getOr("deny", current.deny()), values.getOr("priority", current.priority()),
                values.getOr("is_active", current.isActive())));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        acls.revoke(id);
    }

    static void onlyTable(RecordValues values, String field, String table) {
        Object given = values.getOr(field, table);
        if (!table.equals(given)) {
            throw new InvalidInput(field, "only " + table + " is supported");
        }
    }
}
