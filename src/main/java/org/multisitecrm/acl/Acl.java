package org.multisitecrm.acl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughGroup;

/**
 * CiviCRM's ACL: an ACL role ({@code entity_id}, an option value of {@code acl_role}) may view or edit
 * the contacts of a group ({@code object_id}). Only groups of the user's site tree count.
 */
@Entity
@Table(name = "civicrm_acl")
@VisibleThroughGroup("objectId")
public class Acl extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean deny;

    @Column(name = "entity_table", nullable = false, updatable = false)
    private String entityTable = "civicrm_acl_role";

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AclOperation operation;

    @Column(name = "object_table", nullable = false, updatable = false)
    private String objectTable = "civicrm_group";

    @Column(name = "object_id", nullable = false)
    private Long objectId;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(nullable = false)
    private int priority;

    protected Acl() {
    }

    Acl(AclSpec spec) {
        apply(spec);
    }

    void apply(AclSpec spec) {
        this.name = spec.name().trim();
        this.entityId = spec.aclRoleId();
        this.operation = spec.operation();
        this.objectId = spec.groupId();
        this.deny = spec.deny();
        this.priority = spec.priority();
        this.isActive = spec.isActive();
    }

    public AclSpec spec() {
        return new AclSpec(name, entityId, operation, objectId, deny, priority, isActive);
    }

    public String getName() {
        return name;
    }

    public boolean isDeny() {
        return deny;
    }

    public Long getEntityId() {
        return entityId;
    }

    public AclOperation getOperation() {
        return operation;
    }

    public Long getObjectId() {
        return objectId;
    }

    public boolean isActive() {
        return isActive;
    }

    public int getPriority() {
        return priority;
    }
}
