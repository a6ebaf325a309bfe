package org.multisitecrm.contribution;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A payment (or, negative, a refund) to record against a contribution, in CiviCRM's Payment.create
 * fields; the date is now unless given. Card numbers never reach here: a processor keeps at most the
 * last four digits ({@code pan_truncation}).
 */
public record PaymentSpec(Long contributionId, BigDecimal totalAmount, BigDecimal feeAmount, LocalDateTime trxnDate, String trxnId,
                          String trxnResultCode, Long paymentInstrumentId, Long paymentProcessorId, String checkNumber,
                          String panTruncation) {

    /** A payment taken by a processor: its transaction id, fee and the card's last digits. */
    public static PaymentSpec byProcessor(long contributionId, BigDecimal amount, BigDecimal fee, String trxnId,
                                          long processorId, long paymentInstrumentId, String panTruncation) {
        return new PaymentSpec(contributionId, amount, fee, null, trxnId, null, paymentInstrumentId, processorId, null, panTruncation);
    }
}
