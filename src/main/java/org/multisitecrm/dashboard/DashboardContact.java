package org.multisitecrm.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

/** Where one user's dashboard shows one dashlet (column and weight), or that it hides it. */
@Entity
@Table(name = "civicrm_dashboard_contact")
@VisibleThroughContact("contactId")
public class DashboardContact extends SeparableEntity {

    @Column(name = "dashboard_id", nullable = false, updatable = false)
    private Long dashboardId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "column_no", nullable = false)
    private int columnNo;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(nullable = false)
    private int weight;

    protected DashboardContact() {
    }

    public DashboardContact(long dashboardId, long contactId, int columnNo, int weight) {
        this.dashboardId = dashboardId;
        this.contactId = contactId;
        this.columnNo = columnNo;
        this.weight = weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public Long getDashboardId() {
        return dashboardId;
    }

    public int getColumnNo() {
        return columnNo;
    }

    public boolean isActive() {
        return isActive;
    }

    public int getWeight() {
        return weight;
    }
}
