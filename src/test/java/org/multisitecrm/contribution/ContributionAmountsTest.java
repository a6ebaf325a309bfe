package org.multisitecrm.contribution;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A contribution's money rules, without a container. */
class ContributionAmountsTest {

    private static String refusedField(String total, String fee, String currency) {
        return assertThrows(InvalidInput.class, () -> ContributionAmounts.of(total == null ? null : new BigDecimal(total),
                fee == null ? null : new BigDecimal(fee), currency)).field();
    }

    @Test
    void theNetIsWhatTheFeeLeavesInCents() {
        ContributionAmounts amounts = ContributionAmounts.of(new BigDecimal("25"), new BigDecimal("0.85"), "gbp");
        assertEquals(new BigDecimal("25.00"), amounts.total());
        assertEquals(new BigDecimal("24.15"), amounts.net());
        assertEquals("GBP", amounts.currency());
        ContributionAmounts noFee = ContributionAmounts.of(new BigDecimal("10.50"), null, "EUR");
        assertNull(noFee.fee());
        assertEquals(new BigDecimal("10.50"), noFee.net());
    }

    @Test
    void badMoneyIsRefusedNamingTheField() {
        assertEquals("total_amount", refusedField(null, null, "EUR"));
        assertEquals("total_amount", refusedField("-1", null, "EUR"));
        assertEquals("total_amount", refusedField("1.005", null, "EUR"), "no fractions of a cent");
        assertEquals("total_amount", refusedField("1000000000000000000", null, "EUR"), "larger than DECIMAL(20,2)");
        assertEquals("fee_amount", refusedField("5", "6", "EUR"), "a fee larger than the gift");
        assertEquals("currency", refusedField("5", null, "EURO"));
        assertEquals("currency", refusedField("5", null, null));
    }
}
