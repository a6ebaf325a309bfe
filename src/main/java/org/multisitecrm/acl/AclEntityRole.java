package org.multisitecrm.acl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughGroup;

/** Gives an ACL role to the contacts hard-added to a group ({@code entity_id}). */
@Entity
@Table(name = "civicrm_acl_entity_role")
@VisibleThroughGroup("entityId")
public class AclEntityRole extends SeparableEntity {

    @Column(name = "acl_role_id", nullable = false, updatable = false)
    private Long aclRoleId;

    @Column(name = "entity_table", nullable = false, updatable = false)
    private String entityTable = "civicrm_group";

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected AclEntityRole() {
    }

    public AclEntityRole(long aclRoleId, long groupId) {
        this.aclRoleId = aclRoleId;
        this.entityId = groupId;
    }

    public Long getAclRoleId() {
        return aclRoleId;
    }

    public Long getEntityId() {
        return entityId;
    }

    public boolean isActive() {
        return isActive;
    }

    void setActive(boolean active) {
        isActive = active;
    }
}
