package org.multisitecrm.contribution;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contribution's money, checked as CiviCRM's columns hold it: amounts in cents, never negative, a fee
 * no larger than the total, the net amount what is left, and an ISO 4217 currency code.
 */
public record ContributionAmounts(BigDecimal total, BigDecimal fee, BigDecimal net, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public static ContributionAmounts of(BigDecimal total, BigDecimal fee, String currency) {
        if (total == null) {
            throw new InvalidInput("total_amount", "is required");
        }
        BigDecimal cents = cents("total_amount", total);
        BigDecimal feeCents = fee == null ? null : cents("fee_amount", fee);
        if (feeCents != null && feeCents.compareTo(cents) > 0) {
            throw new InvalidInput("fee_amount", "is " + feeCents.toPlainString() + ", more than the total of " + cents.toPlainString());
        }
        String code = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
        if (code == null || !CURRENCY.matcher(code).matches()) {
            throw new InvalidInput("currency", "a three-letter ISO 4217 code such as EUR, not '" + currency + "'");
        }
        return new ContributionAmounts(cents, feeCents, feeCents == null ? cents : cents.subtract(feeCents), code);
    }

    private static BigDecimal cents(String field, BigDecimal amount) {
        return Money.cents(field, amount);
    }
}
