package org.multisitecrm.navigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** One menu entry of a domain's back office. */
@Entity
@Table(name = "civicrm_navigation")
public class Navigation extends SeparableEntity {

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String name;

    private String url;

    private String icon;

    private String permission;

    @Column(name = "permission_operator")
    private String permissionOperator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Navigation parent;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(nullable = false)
    private int weight;

    /** CiviCRM's separator: 0 none, 1 after the entry, 2 before it. */
    @Column(name = "has_separator", nullable = false)
    private int hasSeparator;

    protected Navigation() {
    }

    public Navigation(String name, String label, String url, String permission, Navigation parent, int weight) {
        this.name = name;
        this.label = label;
        this.url = url;
        this.permission = permission;
        this.parent = parent;
        this.weight = weight;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getIcon() {
        return icon;
    }

    public String getPermission() {
        return permission;
    }

    public String getPermissionOperator() {
        return permissionOperator;
    }

    public Navigation getParent() {
        return parent;
    }

    public boolean isActive() {
        return isActive;
    }

    @PrePersist
    @PreUpdate
    void requireValid() {
        MenuPermission.requireValidOperator(permissionOperator);
    }

    public int getWeight() {
        return weight;
    }

    public int getHasSeparator() {
        return hasSeparator;
    }
}
