package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

/**
 * A contact's membership of a group. Database triggers keep the visibility index in step with every
 * insert, status change and delete, so group and contact never change once written.
 */
@Entity
@Table(name = "civicrm_group_contact")
@VisibleThroughContact("contactId")
public class GroupContact extends SeparableEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupContactStatus status;

    protected GroupContact() {
    }

    public GroupContact(long groupId, long contactId, GroupContactStatus status) {
        this.groupId = groupId;
        this.contactId = contactId;
        this.status = status;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getContactId() {
        return contactId;
    }

    public GroupContactStatus getStatus() {
        return status;
    }

    public void setStatus(GroupContactStatus status) {
        this.status = status;
    }
}
