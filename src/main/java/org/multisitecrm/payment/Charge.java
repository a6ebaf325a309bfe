package org.multisitecrm.payment;

import java.math.BigDecimal;

/** A charge a processor took: its transaction id, its fee, the card's last four digits, and the processor. */
public record Charge(String trxnId, BigDecimal fee, String panTruncation, long processorId) {

    /** CiviCRM's payment_instrument value of a card payment. */
    public static final long CREDIT_CARD = 1;
}
