package org.multisitecrm.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

/** One contact an activity concerns, as assignee (1), source (2) or target (3). */
@Entity
@Table(name = "civicrm_activity_contact")
@VisibleThroughContact("contactId")
public class ActivityContact extends SeparableEntity {

    static final int ASSIGNEE = 1;
    static final int SOURCE = 2;
    static final int TARGET = 3;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private Long activityId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "record_type_id")
    private Integer recordTypeId;

    protected ActivityContact() {
    }

    ActivityContact(long activityId, long contactId, int recordTypeId) {
        this.activityId = activityId;
        this.contactId = contactId;
        this.recordTypeId = recordTypeId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Integer getRecordTypeId() {
        return recordTypeId;
    }
}
