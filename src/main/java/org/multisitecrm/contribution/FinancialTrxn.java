package org.multisitecrm.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A payment towards a contribution, or a refund (a negative amount): CiviCRM's financial transaction,
 * exposed as APIv4's Payment. Recorded, never changed: a mistake is put right by a refund. Seen by
 * whoever sees the contribution's contact.
 */
@Entity
@Table(name = "civicrm_financial_trxn")
@VisibleThroughContact("contactId")
public class FinancialTrxn extends SeparableEntity {

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private Long contributionId;

    /** The contribution's contact, copied: not a CiviCRM column, the key of the contact rule. */
    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "trxn_date", nullable = false, updatable = false)
    private LocalDateTime trxnDate;

    @Column(name = "total_amount", nullable = false, updatable = false)
    private BigDecimal totalAmount;

    @Column(name = "fee_amount", updatable = false)
    private BigDecimal feeAmount;

    @Column(name = "net_amount", updatable = false)
    private BigDecimal netAmount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "trxn_id", updatable = false)
    private String trxnId;

    @Column(name = "trxn_result_code", updatable = false)
    private String trxnResultCode;

    /** CiviCRM's contribution_status value of the transaction: Completed, or Refunded for a refund. */
    @Column(name = "status_id", nullable = false, updatable = false)
    private Long statusId;

    @Column(name = "payment_instrument_id", updatable = false)
    private Long paymentInstrumentId;

    @Column(name = "payment_processor_id", updatable = false)
    private Long paymentProcessorId;

    @Column(name = "check_number", updatable = false)
    private String checkNumber;

    @Column(name = "pan_truncation", updatable = false)
    private String panTruncation;

    @Column(name = "is_payment", nullable = false, updatable = false)
    private boolean isPayment = true;

    protected FinancialTrxn() {
    }

    FinancialTrxn(Contribution contribution, PaymentSpec payment, BigDecimal total, BigDecimal fee, long statusId) {
        this.contributionId = contribution.getId();
        this.contactId = contribution.getContactId();
        this.trxnDate = payment.trxnDate();
        this.totalAmount = total;
        this.feeAmount = fee;
        this.netAmount = fee == null ? total : total.subtract(fee);
        this.currency = contribution.getCurrency();
        this.trxnId = payment.trxnId();
        this.trxnResultCode = payment.trxnResultCode();
        this.statusId = statusId;
        this.paymentInstrumentId = payment.paymentInstrumentId();
        this.paymentProcessorId = payment.paymentProcessorId();
        this.checkNumber = payment.checkNumber();
        this.panTruncation = payment.panTruncation();
    }

    public Long getContributionId() {
        return contributionId;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }
}
