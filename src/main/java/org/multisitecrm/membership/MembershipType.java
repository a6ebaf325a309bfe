package org.multisitecrm.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.math.BigDecimal;

/** A kind of membership a domain offers, owned by the organisation members join. */
@Entity
@Table(name = "civicrm_membership_type")
public class MembershipType extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_of_contact_id", nullable = false)
    private Contact memberOfContact;

    @Column(name = "minimum_fee")
    private BigDecimal minimumFee = BigDecimal.ZERO;

    @Column(name = "duration_unit", nullable = false)
    private String durationUnit;

    @Column(name = "duration_interval")
    private Integer durationInterval;

    @Column(name = "period_type", nullable = false)
    private String periodType;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected MembershipType() {
    }

    public MembershipType(String name, Contact memberOfContact, String durationUnit, int durationInterval, String periodType) {
        this.name = name;
        this.memberOfContact = memberOfContact;
        this.durationUnit = durationUnit;
        this.durationInterval = durationInterval;
        this.periodType = periodType;
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

    public BigDecimal getMinimumFee() {
        return minimumFee;
    }

    public void setMinimumFee(BigDecimal minimumFee) {
        this.minimumFee = minimumFee;
    }

    public String getDurationUnit() {
        return durationUnit;
    }

    public Integer getDurationInterval() {
        return durationInterval;
    }

    public String getPeriodType() {
        return periodType;
    }

    public boolean isActive() {
        return isActive;
    }
}
