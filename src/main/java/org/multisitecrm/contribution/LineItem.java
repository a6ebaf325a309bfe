package org.multisitecrm.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.math.BigDecimal;

/**
 * One line of an order: what was bought (a donation, a membership), how many, at what price. Written
 * only with its order; seen by whoever sees the contribution's contact, as the contribution is.
 */
@Entity
@Table(name = "civicrm_line_item")
@VisibleThroughContact("contactId")
public class LineItem extends SeparableEntity {

    /** The line of a plain donation or payment: the contribution itself is what was bought. */
    public static final String CONTRIBUTION_TABLE = "civicrm_contribution";
    public static final String MEMBERSHIP_TABLE = "civicrm_membership";

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private Long contributionId;

    /** The contribution's contact, copied: not a CiviCRM column, the key of the contact rule. */
    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "entity_table", nullable = false, updatable = false)
    private String entityTable;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    private String label;

    @Column(nullable = false)
    private BigDecimal qty;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "line_total", nullable = false)
    private BigDecimal lineTotal;

    @Column(name = "financial_type_id", nullable = false)
    private Long financialTypeId;

    protected LineItem() {
    }

    public LineItem(Contribution contribution, OrderLine line, long entityId) {
        this.contributionId = contribution.getId();
        this.contactId = contribution.getContactId();
        this.entityTable = line.entityTable();
        this.entityId = entityId;
        this.label = line.label();
        this.qty = line.qty();
        this.unitPrice = line.unitPrice();
        this.lineTotal = line.lineTotal();
        this.financialTypeId = line.financialTypeId();
    }

    public Long getContributionId() {
        return contributionId;
    }

    public String getEntityTable() {
        return entityTable;
    }

    public Long getEntityId() {
        return entityId;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }
}
