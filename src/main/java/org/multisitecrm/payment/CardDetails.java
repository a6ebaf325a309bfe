package org.multisitecrm.payment;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.time.YearMonth;

/**
 * A card as the payer typed it, for one charge, in CiviCRM's billing field names. Checked for shape
 * (digits that pass the Luhn check, a month and year, three or four digits of security code) before any
 * processor sees it; never stored, logged or returned: {@link #toString()} shows the last four digits only.
 */
public record CardDetails(String number, YearMonth expiry, String cvv) {

    public static CardDetails of(String number, String expiryMonth, String expiryYear, String cvv) {
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            throw new InvalidInput("credit_card_number", "is not a card number");
        }
        YearMonth expiry;
        try {
            int month = Integer.parseInt(expiryMonth == null ? "" : expiryMonth.trim());
            int year = Integer.parseInt(expiryYear == null ? "" : expiryYear.trim());
            expiry = YearMonth.of(year < 100 ? 2000 + year : year, month);
        } catch (RuntimeException e) {
            throw new InvalidInput("credit_card_exp_date", "is a month (1-12) and a year");
        }
        String code = cvv == null ? "" : cvv.trim();
        if (!code.matches("\\d{3,4}")) {
            throw new InvalidInput("cvv2", "is the three or four digits on the card");
        }
        return new CardDetails(digits, expiry, code);
    }

    /** CiviCRM's {@code pan_truncation}: the last four digits, all that is ever kept. */
    public String lastFour() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "card ending " + lastFour();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
