package org.multisitecrm.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A domain's campaign: its name (unique in the domain), dates, kind, status and goals. */
@Entity
@Table(name = "civicrm_campaign")
public class Campaign extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String title;

    private String description;

    @Column(name = "start_date")
    private LocalDateTime startDate;

    @Column(name = "end_date")
    private LocalDateTime endDate;

    @Column(name = "campaign_type_id")
    private Integer campaignTypeId;

    @Column(name = "status_id")
    private Integer statusId;

    @Column(name = "external_identifier")
    private String externalIdentifier;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "created_id", updatable = false)
    private Long createdId;

    @Column(name = "created_date", insertable = false, updatable = false)
    private LocalDateTime createdDate;

    @Column(name = "goal_general")
    private String goalGeneral;

    @Column(name = "goal_revenue")
    private BigDecimal goalRevenue;

    protected Campaign() {
    }

    public Campaign(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @PrePersist
    void created() {
        createdId = Caller.current().flatMap(Caller::contactId).orElse(null);
    }
}
