package org.multisitecrm.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A kind of money received (Donation, Member Dues...): what a membership type's fees and gifts are booked as. */
@Entity
@Table(name = "civicrm_financial_type")
public class FinancialType extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "is_deductible", nullable = false)
    private boolean isDeductible;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected FinancialType() {
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return isActive;
    }
}
