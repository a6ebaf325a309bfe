package org.multisitecrm.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;

import java.time.LocalDateTime;

/** A domain's event: its kind, dates, whether it is public and open for registration, and its capacity. */
@Entity
@Table(name = "civicrm_event")
public class Event extends SeparableEntity {

    @Column(nullable = false)
    private String title;

    private String summary;

    private String description;

    @Column(name = "event_type_id")
    private Integer eventTypeId;

    @Column(name = "is_public", nullable = false)
    private boolean isPublic = true;

    @Column(name = "start_date")
    private LocalDateTime startDate;

    @Column(name = "end_date")
    private LocalDateTime endDate;

    @Column(name = "is_online_registration", nullable = false)
    private boolean isOnlineRegistration;

    @Column(name = "registration_start_date")
    private LocalDateTime registrationStartDate;

    @Column(name = "registration_end_date")
    private LocalDateTime registrationEndDate;

    @Column(name = "max_participants")
    private Integer maxParticipants;

    @Column(name = "event_full_text")
    private String eventFullText;

    @Column(name = "is_monetary", nullable = false)
    private boolean isMonetary;

    @Column(name = "financial_type_id")
    private Long financialTypeId;

    private String currency;

    @Column(name = "default_role_id")
    private Integer defaultRoleId = 1;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "created_id", updatable = false)
    private Long createdId;

    @Column(name = "created_date", insertable = false, updatable = false)
    private LocalDateTime createdDate;

    protected Event() {
    }

    public Event(String title) {
        this.title = title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @PrePersist
    void created() {
        requireValid();
        createdId = Caller.current().flatMap(Caller::contactId).orElse(null);
    }

    @PreUpdate
    void changed() {
        requireValid();
    }

    private void requireValid() {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInput("end_date", "is before start_date");
        }
        if (isMonetary && financialTypeId == null) {
            throw new InvalidInput("financial_type_id", "is required for a paid event (is_monetary)");
        }
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public boolean isActive() {
        return isActive;
    }
}
