package org.multisitecrm.contributionpage;

import java.math.BigDecimal;

/** What the thank-you page shows: the order's id, what was paid, in which currency, and the processor's transaction id. */
public record Receipt(long contributionId, BigDecimal totalAmount, String currency, String trxnId) {
}
