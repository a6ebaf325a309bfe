package org.multisitecrm.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

/**
 * Which contribution paid for which membership. Of the membership's domain (as the membership is), and
 * within it seen by whoever sees the membership's contact.
 */
@Entity
@Table(name = "civicrm_membership_payment")
@VisibleThroughContact("contactId")
public class MembershipPayment extends SeparableEntity {

    @Column(name = "membership_id", nullable = false, updatable = false)
    private Long membershipId;

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private Long contributionId;

    /** The membership's contact, copied: not a CiviCRM column, the key of the contact rule. */
    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    protected MembershipPayment() {
    }

    public MembershipPayment(long membershipId, long contributionId, long contactId) {
        this.membershipId = membershipId;
        this.contributionId = contributionId;
        this.contactId = contactId;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public Long getContributionId() {
        return contributionId;
    }
}
