package org.multisitecrm.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.util.List;

/**
 * A kind of membership a domain offers, owned by the organisation members join. Its terms are checked
 * whenever it is written, by whichever path: no type is stored that no dates can be computed from.
 */
@Entity
@Table(name = "civicrm_membership_type")
public class MembershipType extends SeparableEntity {

    /** CiviCRM's Member Dues, which every type was booked as before types named one. */
    public static final long MEMBER_DUES = 2L;

    @Column(nullable = false)
    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_of_contact_id", nullable = false)
    private Contact memberOfContact;

    @Column(name = "financial_type_id", nullable = false)
    private Long financialTypeId = MEMBER_DUES;

    @Column(name = "minimum_fee")
    private BigDecimal minimumFee = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "duration_unit", nullable = false)
    private DurationUnit durationUnit;

    @Column(name = "duration_interval")
    private Integer durationInterval;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    private PeriodType periodType;

    @Column(name = "fixed_period_start_day")
    private Integer fixedPeriodStartDay;

    @Column(name = "fixed_period_rollover_day")
    private Integer fixedPeriodRolloverDay;

    /** JSON list of relationship type ids through which memberships of this type are inherited. */
    @Column(name = "relationship_type_id")
    private String relationshipTypeId;

    /** JSON list, one per relationship type: {@code a_b} or {@code b_a}. */
    @Column(name = "relationship_direction")
    private String relationshipDirection;

    @Column(name = "max_related")
    private Integer maxRelated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipTypeVisibility visibility = MembershipTypeVisibility.Public;

    /** 0: no auto-renewal, 1: offered, 2: required. */
    @Column(name = "auto_renew", nullable = false)
    private int autoRenew;

    @Column(nullable = false)
    private int weight;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected MembershipType() {
    }

    public MembershipType(String name, Contact memberOfContact, DurationUnit durationUnit, int durationInterval, PeriodType periodType) {
        this.name = name;
        this.memberOfContact = memberOfContact;
        this.durationUnit = durationUnit;
        this.durationInterval = durationInterval;
        this.periodType = periodType;
    }

    public MembershipTerms terms() {
        return new MembershipTerms(durationUnit, durationInterval, periodType, fixedPeriodStartDay, fixedPeriodRolloverDay);
    }

    /** The relationships through which this type's memberships pass to related contacts (none: not inherited). */
    public List<InheritedThrough> inheritance() {
        return InheritedThrough.parse(relationshipTypeId, relationshipDirection);
    }

    /** How many related contacts inherit one membership of this type (null: all of them). */
    public Integer getMaxRelated() {
        return maxRelated;
    }

    @PrePersist
    @PreUpdate
    void requireValid() {
        terms().requireValid();
        inheritance();
        if (minimumFee != null && minimumFee.signum() < 0) {
            throw new InvalidInput("minimum_fee", "cannot be negative");
        }
        if (autoRenew < 0 || autoRenew > 2) {
            throw new InvalidInput("auto_renew", "0 (no), 1 (offered) or 2 (required)");
        }
        if (maxRelated != null && maxRelated < 0) {
            throw new InvalidInput("max_related", "cannot be negative");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Contact getMemberOfContact() {
        return memberOfContact;
    }

    /** The financial type its dues are booked under (Member Dues unless said). */
    public Long getFinancialTypeId() {
        return financialTypeId;
    }

    public BigDecimal getMinimumFee() {
        return minimumFee;
    }

    public void setMinimumFee(BigDecimal minimumFee) {
        this.minimumFee = minimumFee;
    }

    public boolean isActive() {
        return isActive;
    }
}
