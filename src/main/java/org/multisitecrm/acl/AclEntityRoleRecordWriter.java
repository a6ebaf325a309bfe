package org.multisitecrm.acl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/** Which group's contacts hold an ACL role, through {@link AclService}; only {@code is_active} changes afterwards. */
@ApplicationScoped
class AclEntityRoleRecordWriter implements RecordWriter {

    @Inject
    private AclService acls;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        AclRecordWriter.onlyTable(values, "entity_table", "civicrm_group");
        long id = acls.assignRole(values.<Long>require("acl_role_id"), values.<Long>require("entity_id")).getId();
        if (Boolean.FALSE.equals(values.getOr("is_active", true))) {
            acls.setRoleActive(id, false);
        }
        return id;
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        Boolean active = values.getOr("is_active", null);
        if (active != null) {
            acls.setRoleActive(id, active);
        }
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        acls.unassignRole(id);
    }
}
