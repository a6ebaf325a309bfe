package org.multisitecrm.contribution;

import org.multisitecrm.catalog.RecordValues;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What a contribution is recorded or changed to, in CiviCRM's fields; the net amount is derived. */
public record ContributionSpec(Long contactId, Long financialTypeId, Long paymentInstrumentId, LocalDateTime receiveDate,
                               BigDecimal totalAmount, BigDecimal feeAmount, String trxnId, String invoiceId, String currency,
                               LocalDateTime cancelDate, String cancelReason, String source, Long contributionStatusId,
                               boolean isTest, boolean isPayLater) {

    /** Nothing yet: what a new contribution is before its values. */
    public static final ContributionSpec NONE = new ContributionSpec(null, null, null, null, null, null, null, null, null, null,
            null, null, null, false, false);

    /** The values an API call sent, over {@code current} for what it did not send. */
    public static ContributionSpec of(RecordValues values, ContributionSpec current) {
        return new ContributionSpec(values.getOr("contact_id", current.contactId()),
                values.getOr("financial_type_id", current.financialTypeId()),
                values.getOr("payment_instrument_id", current.paymentInstrumentId()),
                values.getOr("receive_date", current.receiveDate()), values.getOr("total_amount", current.totalAmount()),
                values.getOr("fee_amount", current.feeAmount()), values.getOr("trxn_id", current.trxnId()),
                values.getOr("invoice_id", current.invoiceId()), values.getOr("currency", current.currency()),
                values.getOr("cancel_date", current.cancelDate()), values.getOr("cancel_reason", current.cancelReason()),
                values.getOr("source", current.source()), values.getOr("contribution_status_id", current.contributionStatusId()),
                values.getOr("is_test", current.isTest()), values.getOr("is_pay_later", current.isPayLater()));
    }
}
