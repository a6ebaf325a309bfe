package org.multisitecrm.contribution;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CiviCRM's order rules without a container: part payment, completion, overpayment, refunds, and dead orders. */
class OrderBalanceTest {

    private static final OrderBalance NEW_ORDER = new OrderBalance(new BigDecimal("35.00"), new BigDecimal("0.00"), OrderBalance.PENDING);

    @Test
    void anOrderIsPartlyPaidThenCompletedByItsPayments() {
        OrderBalance part = NEW_ORDER.pay(new BigDecimal("20.00"));
        assertEquals(OrderBalance.PARTIALLY_PAID, part.status());
        assertEquals(new BigDecimal("15.00"), part.owed());
        assertEquals(OrderBalance.COMPLETED, part.pay(new BigDecimal("15.00")).status());
    }

    @Test
    void noOnePaysMoreThanIsOwedNorRefundsMoreThanWasPaid() {
        assertEquals("total_amount: pays 36.00 but 35.00 is owed", refusal(() -> NEW_ORDER.pay(new BigDecimal("36.00"))));
        assertEquals("total_amount: refunds 1.00 but only 0.00 was paid", refusal(() -> NEW_ORDER.pay(new BigDecimal("-1.00"))));
        assertEquals("total_amount: a payment of nothing records nothing", refusal(() -> NEW_ORDER.pay(BigDecimal.ZERO)));
    }

    @Test
    void givingEverythingBackRefundsAndGivingPartBackLeavesItPartlyPaid() {
        OrderBalance paid = NEW_ORDER.pay(new BigDecimal("35.00"));
        assertEquals(OrderBalance.PARTIALLY_PAID, paid.pay(new BigDecimal("-5.00")).status());
        assertEquals(OrderBalance.REFUNDED, paid.pay(new BigDecimal("-35.00")).status());
    }

    @Test
    void aCancelledOrFailedContributionTakesNoPayment() {
        for (long dead : new long[] {OrderBalance.CANCELLED, OrderBalance.FAILED}) {
            OrderBalance order = new OrderBalance(new BigDecimal("10.00"), BigDecimal.ZERO, dead);
            assertEquals("contribution_id", assertThrows(InvalidInput.class, () -> order.pay(BigDecimal.ONE)).field());
        }
    }

    @Test
    void aLineIsQuantityTimesPriceInCents() {
        OrderLine line = OrderLine.of("lineItems[0]", LineItem.CONTRIBUTION_TABLE, "Gift", new BigDecimal("3"), new BigDecimal("2.50"), null, 1);
        assertEquals(new BigDecimal("7.50"), line.lineTotal());
        assertEquals(new BigDecimal("2.50"), OrderLine.of("l", LineItem.CONTRIBUTION_TABLE, null, null, null, new BigDecimal("2.5"), 1).unitPrice(),
                "a total alone gives the price of one");
        assertEquals("lineItems[0].line_total: is 8, but 3 × 2.50 is 7.50", refusal(() -> OrderLine.of("lineItems[0]",
                LineItem.CONTRIBUTION_TABLE, null, new BigDecimal("3"), new BigDecimal("2.50"), new BigDecimal("8"), 1)));
        assertEquals("lineItems[1].qty", assertThrows(InvalidInput.class, () -> OrderLine.of("lineItems[1]", LineItem.CONTRIBUTION_TABLE,
                null, new BigDecimal("-1"), BigDecimal.ONE, null, 1)).field());
        assertEquals("lineItems[2].unit_price", assertThrows(InvalidInput.class, () -> OrderLine.of("lineItems[2]",
                LineItem.CONTRIBUTION_TABLE, null, null, new BigDecimal("0.001"), null, 1)).field());
    }

    private static String refusal(Runnable work) {
        return assertThrows(InvalidInput.class, work::run).getMessage();
    }
}
