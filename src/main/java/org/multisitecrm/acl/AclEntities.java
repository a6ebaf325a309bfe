package org.multisitecrm.acl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** ACLs and the roles groups hold: written by administrators of the domain, through {@link AclService}. */
@ApplicationScoped
public class AclEntities implements EntityContributor {

    @Inject
    private AclRecordWriter aclWriter;
    @Inject
    private AclEntityRoleRecordWriter aclRoleWriter;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("ACL", Acl.class, "Access granted to ACL roles over groups.")
                        .fields("id", "name", "deny", "entity_table", "entity_id", "operation", "object_table", "object_id",
                                "is_active", "priority")
                        .foreignKey("object_id", "Group")
                        .writtenBy(aclWriter, Requirement.ADMINISTER_CIVICRM),
                entity("ACLEntityRole", AclEntityRole.class, "Which groups hold which ACL roles.")
                        .fields("id", "acl_role_id", "entity_table", "entity_id", "is_active")
                        .foreignKey("entity_id", "Group")
                        .writtenBy(aclRoleWriter, Requirement.ADMINISTER_CIVICRM));
    }
}
