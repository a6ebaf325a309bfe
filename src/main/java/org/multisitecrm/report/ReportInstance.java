package org.multisitecrm.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.Caller;

/** A domain's saved report: its template, its form values (columns, filters, grouping, sorting) and who may run it. */
@Entity
@Table(name = "civicrm_report_instance")
public class ReportInstance extends SeparableEntity {

    @Column(nullable = false)
    private String title;

    @Column(name = "report_id", nullable = false)
    private String reportId;

    private String name;

    private String description;

    /** A CiviCRM permission the runner must hold, beyond 'access CiviCRM'; null: none. */
    private String permission;

    /** The template's choices overridden, as JSON: fields, filters (an APIv4 where), group_bys, order_bys. */
    @Column(name = "form_values", columnDefinition = "TEXT")
    private String formValues;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "created_id", updatable = false)
    private Long createdId;

    @Column(name = "owner_id")
    private Long ownerId;

    private String header;

    private String footer;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    protected ReportInstance() {
    }

    public ReportInstance(String name, String title, String reportId) {
        this.name = name;
        this.title = title;
        this.reportId = reportId;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    ReportInstance(ReportTemplate template) {
        this.title = template.title();
        this.reportId = template.id();
        this.name = template.id();
        this.description = template.description();
        this.permission = template.permission();
        this.isReserved = true;
    }

    @PrePersist
    void created() {
        createdId = Caller.current().flatMap(Caller::contactId).orElse(null);
    }

    public String getTitle() {
        return title;
    }

    public String getReportId() {
        return reportId;
    }

    public String getPermission() {
        return permission;
    }

    public String getFormValues() {
        return formValues;
    }

    public boolean isActive() {
        return isActive;
    }
}
