package org.multisitecrm.contributionpage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A domain's public page for giving or joining (CiviCRM's civicrm_contribution_page): what it is called,
 * what it books money as, which of the domain's processors take the card, which amounts it accepts.
 */
@Entity
@Table(name = "civicrm_contribution_page")
public class ContributionPage extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String title;

    @Column(name = "frontend_title")
    private String frontendTitle;

    @Column(name = "intro_text")
    private String introText;

    @Column(name = "thankyou_text")
    private String thankyouText;

    @Column(name = "financial_type_id", nullable = false)
    private Long financialTypeId;

    /** The processors' ids, a JSON array (APIv4's shape of CiviCRM's multi-valued column). */
    @Column(name = "payment_processor")
    private String paymentProcessor;

    @Column(name = "is_monetary", nullable = false)
    private boolean isMonetary = true;

    @Column(name = "is_allow_other_amount", nullable = false)
    private boolean isAllowOtherAmount = true;

    @Column(name = "min_amount")
    private BigDecimal minAmount;

    @Column(name = "max_amount")
    private BigDecimal maxAmount;

    @Column(name = "goal_amount")
    private BigDecimal goalAmount;

    private String currency;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "start_date")
    private LocalDateTime startDate;

    @Column(name = "end_date")
    private LocalDateTime endDate;

    @Column(name = "created_date", updatable = false)
    private LocalDateTime createdDate;

    protected ContributionPage() {
    }

    public ContributionPage(String name, String title, long financialTypeId) {
        this.name = name;
        this.title = title;
        this.financialTypeId = financialTypeId;
    }

    @PrePersist
    @PreUpdate
    void validate() {
        if (createdDate == null) {
            createdDate = LocalDateTime.now().withNano(0);
        }
        for (BigDecimal amount : new BigDecimal[] {minAmount, maxAmount, goalAmount}) {
            if (amount != null && amount.signum() < 0) {
                throw new InvalidInput(amount == minAmount ? "min_amount" : amount == maxAmount ? "max_amount" : "goal_amount",
                        "cannot be negative");
            }
        }
        if (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0) {
            throw new InvalidInput("max_amount", "is below min_amount");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidInput("end_date", "is before start_date");
        }
    }

    /** Whether the public may use it now. */
    public boolean isOpen(LocalDateTime now) {
        return isActive && (startDate == null || !now.isBefore(startDate)) && (endDate == null || now.isBefore(endDate));
    }

    public String getTitle() {
        return frontendTitle != null && !frontendTitle.isBlank() ? frontendTitle : title;
    }

    public String getIntroText() {
        return introText;
    }

    public String getThankyouText() {
        return thankyouText;
    }

    public Long getFinancialTypeId() {
        return financialTypeId;
    }

    public String getPaymentProcessor() {
        return paymentProcessor;
    }

    public boolean isMonetary() {
        return isMonetary;
    }

    public boolean isAllowOtherAmount() {
        return isAllowOtherAmount;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public String getCurrency() {
        return currency;
    }
}
