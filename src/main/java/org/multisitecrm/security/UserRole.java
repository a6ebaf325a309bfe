package org.multisitecrm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A role held by a login on one domain: the same login may manage North and have no rights on South. */
@Entity
@Table(name = "crm_user_role")
public class UserRole extends SeparableEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "role_id", nullable = false, updatable = false)
    private Long roleId;

    protected UserRole() {
    }

    public UserRole(long userId, long roleId) {
        this.userId = userId;
        this.roleId = roleId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getRoleId() {
        return roleId;
    }
}
