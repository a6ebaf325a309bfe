package org.multisitecrm.payment;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CiviCRM's Dummy processor: no external call; every charge succeeds unless the card has expired; the
 * transaction id is {@code test_<n>_<unique>} on a test processor and {@code live_<n>_<unique>} on a live
 * one; the fee is 1.50.
 */
@ApplicationScoped
class DummyProcessor implements ProcessorKind {

    private static final BigDecimal FEE = new BigDecimal("1.50");

    private final AtomicLong charges = new AtomicLong();

    @Override
    public String className() {
        return "Payment_Dummy";
    }

    @Override
    public Charge charge(PaymentProcessor processor, ChargeRequest request) {
        if (request.card().expiry().isBefore(YearMonth.now())) {
            throw new PaymentDeclined("credit_card_exp_date", "the card expired in " + request.card().expiry());
        }
        String trxnId = (processor.isTest() ? "test_" : "live_") + charges.incrementAndGet() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 13);
        return new Charge(trxnId, FEE.min(request.amount()), request.card().lastFour(), processor.getId());
    }
}
