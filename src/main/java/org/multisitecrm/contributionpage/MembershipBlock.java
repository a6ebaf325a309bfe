package org.multisitecrm.contributionpage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/**
 * The memberships a contribution page sells (CiviCRM's civicrm_membership_block): some of its domain's
 * membership types, one of them chosen by default, and whether the payer must take one.
 */
@Entity
@Table(name = "civicrm_membership_block")
public class MembershipBlock extends SeparableEntity {

    @Column(name = "entity_table", nullable = false, updatable = false)
    private String entityTable = "civicrm_contribution_page";

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    /** The types' ids, a JSON array. */
    @Column(name = "membership_types", nullable = false)
    private String membershipTypes;

    @Column(name = "membership_type_default")
    private Long membershipTypeDefault;

    @Column(name = "is_required", nullable = false)
    private boolean isRequired;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected MembershipBlock() {
    }

    public MembershipBlock(long pageId, String membershipTypes) {
        this.entityId = pageId;
        this.membershipTypes = membershipTypes;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getMembershipTypes() {
        return membershipTypes;
    }

    public Long getMembershipTypeDefault() {
        return membershipTypeDefault;
    }

    public boolean isRequired() {
        return isRequired;
    }

    public boolean isActive() {
        return isActive;
    }
}
