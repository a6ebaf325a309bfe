package org.multisitecrm.payment;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A card's shape is checked before any processor sees it, and its number never shows in a log line. */
class CardDetailsTest {

    @Test
    void aWellFormedCardKeepsOnlyItsLastFourDigitsInView() {
        CardDetails card = CardDetails.of("4111 1111-1111 1111", "12", "30", "123");
        assertEquals(YearMonth.of(2030, 12), card.expiry());
        assertEquals("1111", card.lastFour());
        assertEquals("card ending 1111", card.toString());
        assertFalse(card.toString().contains("4111"));
    }

    @Test
    void eachMalformedPartIsRefusedByItsBillingFieldName() {
        assertEquals("credit_card_number", field(() -> CardDetails.of("4111111111111112", "12", "2030", "123")), "fails the Luhn check");
        assertEquals("credit_card_number", field(() -> CardDetails.of("not a card", "12", "2030", "123")));
        assertEquals("credit_card_exp_date", field(() -> CardDetails.of("4111111111111111", "13", "2030", "123")));
        assertEquals("cvv2", field(() -> CardDetails.of("4111111111111111", "12", "2030", "12")));
    }

    private static String field(Runnable work) {
        return assertThrows(InvalidInput.class, work::run).field();
    }
}
