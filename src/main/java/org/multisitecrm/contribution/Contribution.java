package org.multisitecrm.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Money a contact gave: how much, as what, when, in which status. Seen by whoever sees the contact;
 * when the separation table makes contributions per domain, also only in the domain it was given to.
 */
@Entity
@Table(name = "civicrm_contribution")
@VisibleThroughContact("contactId")
public class Contribution extends SeparableEntity {

    /** CiviCRM's {@code contribution_status} value for Completed, what a recorded contribution is unless said. */
    static final long COMPLETED = 1;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "financial_type_id", nullable = false)
    private Long financialTypeId;

    @Column(name = "payment_instrument_id")
    private Long paymentInstrumentId;

    @Column(name = "receive_date")
    private LocalDateTime receiveDate;

    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;

    @Column(name = "fee_amount")
    private BigDecimal feeAmount;

    @Column(name = "net_amount")
    private BigDecimal netAmount;

    @Column(name = "trxn_id")
    private String trxnId;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Column(nullable = false)
    private String currency;

    @Column(name = "cancel_date")
    private LocalDateTime cancelDate;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private String source;

    @Column(name = "contribution_status_id", nullable = false)
    private Long contributionStatusId = COMPLETED;

    @Column(name = "is_test", nullable = false)
    private boolean isTest;

    @Column(name = "is_pay_later", nullable = false)
    private boolean isPayLater;

    protected Contribution() {
    }

    void apply(ContributionSpec spec, ContributionAmounts amounts) {
        if (contactId == null) {
            contactId = spec.contactId();
        }
        financialTypeId = spec.financialTypeId();
        paymentInstrumentId = spec.paymentInstrumentId();
        receiveDate = spec.receiveDate();
        totalAmount = amounts.total();
        feeAmount = amounts.fee();
        netAmount = amounts.net();
        trxnId = spec.trxnId();
        invoiceId = spec.invoiceId();
        currency = amounts.currency();
        cancelDate = spec.cancelDate();
        cancelReason = spec.cancelReason();
        source = spec.source();
        contributionStatusId = spec.contributionStatusId() != null ? spec.contributionStatusId() : COMPLETED;
        isTest = spec.isTest();
        isPayLater = spec.isPayLater();
    }

    public static Contribution create() {
        return new Contribution();
    }

    /** What the contribution holds now, as a spec to change from. */
    public ContributionSpec spec() {
        return new ContributionSpec(contactId, financialTypeId, paymentInstrumentId, receiveDate, totalAmount, feeAmount,
                trxnId, invoiceId, currency, cancelDate, cancelReason, source, contributionStatusId, isTest, isPayLater);
    }

    public Long getContactId() {
        return contactId;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public long getContributionStatusId() {
        return contributionStatusId;
    }

    public LocalDateTime getReceiveDate() {
        return receiveDate;
    }

    public Long getPaymentInstrumentId() {
        return paymentInstrumentId;
    }

    public String getTrxnId() {
        return trxnId;
    }

    public String getInvoiceId() {
        return invoiceId;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    /** The status its payments give (see {@link OrderBalance}); nothing else changes an order's status. */
    void settle(long statusId) {
        this.contributionStatusId = statusId;
        if (statusId == OrderBalance.COMPLETED && receiveDate == null) {
            receiveDate = LocalDateTime.now();
        }
    }
}
