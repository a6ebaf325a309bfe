package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.acl.AclService;

/** Which group's contacts hold an ACL role, through {@link AclService}; only {@code is_active} changes afterwards. */
@ApplicationScoped
public class AclEntityRoleRecordWriter implements RecordWriter {

    @Inject
    private AclService acls;

    @Override
    public long create(ApiEntity entity, ApiRecord values) {
        AclRecordWriter.onlyTable(values, "entity_table", "civicrm_group");
        long id = acls.assignRole(values.<Long>require("acl_role_id"), values.<Long>require("entity_id")).getId();
        if (Boolean.FALSE.equals(values.getOr("is_active", true))) {
            acls.setRoleActive(id, false);
        }
        return id;
    }

    @Override
    public void update(ApiEntity entity, long id, ApiRecord values) {
        Boolean active = values.getOr("is_active", null);
        if (active != null) {
            acls.setRoleActive(id, active);
        }
    }

    @Override
    public void delete(ApiEntity entity, long id, JsonObject params) {
        acls.unassignRole(id);
    }
}
