package org.multisitecrm.contribution;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as CiviCRM's DECIMAL(20,2) columns hold them: whole cents, within the column's range. */
final class Money {

    private static final BigDecimal LARGEST = new BigDecimal("999999999999999999.99");

    private Money() {
    }

    /** A non-negative amount in cents, or a refusal naming the field. */
    static BigDecimal cents(String field, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidInput(field, "cannot be negative");
        }
        return signedCents(field, amount);
    }

    /** An amount in cents that may be negative (a refund). */
    static BigDecimal signedCents(String field, BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field, amount.toPlainString() + " has fractions of a cent");
        }
        if (amount.abs().compareTo(LARGEST) > 0) {
            throw new InvalidInput(field, "is larger than a contribution can hold");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
