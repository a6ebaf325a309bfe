package org.multisitecrm.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A named set of permissions, granted to logins per domain through {@link UserRole}. */
@Entity
@Table(name = "crm_role")
public class Role extends SeparableEntity {

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false)
    private String label;

    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    protected Role() {
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    /** The permissions this server knows; names it does not know grant nothing. */
    public Set<Permission> permissions() {
        Set<Permission> known = EnumSet.noneOf(Permission.class);
        permissions.forEach(label -> Permission.byLabel(label).ifPresent(known::add));
        return known;
    }
}
