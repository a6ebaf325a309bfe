package org.multisitecrm.contribution;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What a contribution is recorded or changed to, in CiviCRM's fields; the net amount is derived. */
public record ContributionSpec(Long contactId, Long financialTypeId, Long paymentInstrumentId, LocalDateTime receiveDate,
                               BigDecimal totalAmount, BigDecimal feeAmount, String trxnId, String invoiceId, String currency,
                               LocalDateTime cancelDate, String cancelReason, String source, Long contributionStatusId,
                               boolean isTest, boolean isPayLater) {
}
