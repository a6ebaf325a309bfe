package org.multisitecrm.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.time.LocalDate;

/**
 * A contact's membership of one type: its dates and its status. It belongs to the domain of its type;
 * within that domain it is seen by whoever sees the contact and changed by whoever may edit it.
 */
@Entity
@Table(name = "civicrm_membership")
@VisibleThroughContact("contactId")
public class Membership extends SeparableEntity {

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "membership_type_id", nullable = false)
    private Long membershipTypeId;

    @Column(name = "join_date")
    private LocalDate joinDate;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String source;

    @Column(name = "status_id", nullable = false)
    private Long statusId;

    @Column(name = "is_override", nullable = false)
    private boolean isOverride;

    @Column(name = "status_override_end_date")
    private LocalDate statusOverrideEndDate;

    @Column(name = "owner_membership_id", updatable = false)
    private Long ownerMembershipId;

    @Column(name = "max_related")
    private Integer maxRelated;

    @Column(name = "is_test", nullable = false)
    private boolean isTest;

    @Column(name = "is_pay_later", nullable = false)
    private boolean isPayLater;

    protected Membership() {
    }

    /** The row as given; {@link MembershipService} is what checks its type, contact, dates and status. */
    public Membership(long contactId, long membershipTypeId, MembershipPeriod period, long statusId) {
        this.contactId = contactId;
        this.membershipTypeId = membershipTypeId;
        setPeriod(period);
        this.statusId = statusId;
    }

    /** A membership a related contact inherits from {@code primary}: its type, dates and status, in its domain. */
    static Membership inheritedFrom(Membership primary, long contactId) {
        Membership heir = new Membership(contactId, primary.membershipTypeId, primary.period(), primary.statusId);
        heir.ownerMembershipId = primary.getId();
        heir.source = primary.source;
        heir.assignToDomain(primary.getDomainId());
        return heir;
    }

    /** An inherited membership takes its primary's dates and status, whenever those change. */
    void follow(Membership primary) {
        setPeriod(primary.period());
        this.statusId = primary.statusId;
        this.isOverride = primary.isOverride;
        this.statusOverrideEndDate = primary.statusOverrideEndDate;
    }

    public Long getOwnerMembershipId() {
        return ownerMembershipId;
    }

    public MembershipPeriod period() {
        return new MembershipPeriod(joinDate, startDate, endDate);
    }

    void setPeriod(MembershipPeriod period) {
        this.joinDate = period.joinDate();
        this.startDate = period.startDate();
        this.endDate = period.endDate();
    }

    /** A status set by hand: the status job leaves it until {@code until} (never, when null). */
    void overrideStatus(long statusId, LocalDate until) {
        this.statusId = statusId;
        this.isOverride = true;
        this.statusOverrideEndDate = until;
    }

    /** The status the dates give; ends any override. */
    void computedStatus(long statusId) {
        this.statusId = statusId;
        this.isOverride = false;
        this.statusOverrideEndDate = null;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getMembershipTypeId() {
        return membershipTypeId;
    }

    void setMembershipTypeId(Long membershipTypeId) {
        this.membershipTypeId = membershipTypeId;
    }

    public Long getStatusId() {
        return statusId;
    }

    public boolean isOverride() {
        return isOverride;
    }

    public LocalDate getStatusOverrideEndDate() {
        return statusOverrideEndDate;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    void setFlags(boolean isTest, boolean isPayLater, Integer maxRelated) {
        this.isTest = isTest;
        this.isPayLater = isPayLater;
        this.maxRelated = maxRelated;
    }

    public boolean isTest() {
        return isTest;
    }

    public boolean isPayLater() {
        return isPayLater;
    }

    public Integer getMaxRelated() {
        return maxRelated;
    }
}
