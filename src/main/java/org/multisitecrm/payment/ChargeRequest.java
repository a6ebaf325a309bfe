package org.multisitecrm.payment;

import java.math.BigDecimal;

/** One charge asked of a processor: how much, in which currency, for which invoice, on which card. */
public record ChargeRequest(BigDecimal amount, String currency, String invoiceId, CardDetails card) {
}
