package org.multisitecrm.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughLinkedContacts;

import java.time.LocalDateTime;

/** A meeting, call, email...: what happened or is to happen, with whom (its {@link ActivityContact}s). */
@Entity
@Table(name = "civicrm_activity")
@VisibleThroughLinkedContacts(table = "civicrm_activity_contact", key = "activity_id")
public class Activity extends SeparableEntity {

    @Column(name = "activity_type_id", nullable = false)
    private Integer activityTypeId;

    private String subject;

    @Column(name = "activity_date_time")
    private LocalDateTime activityDateTime = LocalDateTime.now().withNano(0);

    private Integer duration;

    private String location;

    private String details;

    @Column(name = "status_id")
    private Integer statusId = 1;

    @Column(name = "priority_id")
    private Integer priorityId = 2;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "is_test", nullable = false)
    private boolean isTest;

    @Column(name = "is_deleted", nullable = false)
    private boolean isDeleted;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "created_date", insertable = false, updatable = false)
    private LocalDateTime createdDate;

    /** Kept by the database to the microsecond, for updates that check nobody changed the row in between. */
    @Column(name = "modified_date", insertable = false, updatable = false)
    private LocalDateTime modifiedDate;

    protected Activity() {
    }
}
