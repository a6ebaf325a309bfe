package org.multisitecrm.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A dashlet a domain offers: its name (what it shows), label, and who may see it (CiviCRM's permission and operator). */
@Entity
@Table(name = "civicrm_dashboard")
public class Dashboard extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String label;

    private String url;

    private String permission;

    @Column(name = "permission_operator")
    private String permissionOperator;

    @Column(name = "fullscreen_url")
    private String fullscreenUrl;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "cache_minutes", nullable = false)
    private int cacheMinutes = 60;

    private String directive;

    protected Dashboard() {
    }

    public Dashboard(String name, String label, String permission) {
        this.name = name;
        this.label = label;
        this.permission = permission;
        this.isReserved = true;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getPermission() {
        return permission;
    }

    public String getPermissionOperator() {
        return permissionOperator;
    }

    public boolean isActive() {
        return isActive;
    }
}
