package org.multisitecrm.contribution;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;

/**
 * What a payment does to a contribution, decided without a container (CiviCRM's order rules): the paid
 * amount never exceeds the total nor falls below nothing; the status follows it: nothing paid is
 * Pending, part of it Partially paid, all of it Completed, all of it given back Refunded. A cancelled or
 * failed contribution takes no payment.
 */
public record OrderBalance(BigDecimal total, BigDecimal paid, long status) {

    public static final long COMPLETED = 1;
    public static final long PENDING = 2;
    public static final long CANCELLED = 3;
    public static final long FAILED = 4;
    public static final long REFUNDED = 7;
    public static final long PARTIALLY_PAID = 8;

    /** The balance after a payment of {@code amount} (negative: a refund); a refusal names {@code total_amount}. */
    public OrderBalance pay(BigDecimal amount) {
        if (status == CANCELLED || status == FAILED) {
            throw new InvalidInput("contribution_id", "the contribution is " + (status == CANCELLED ? "cancelled" : "failed")
                    + " and takes no payment");
        }
        if (amount.signum() == 0) {
            throw new InvalidInput("total_amount", "a payment of nothing records nothing");
        }
        BigDecimal after = paid.add(amount);
        if (after.compareTo(total) > 0) {
            throw new InvalidInput("total_amount", "pays " + amount.toPlainString() + " but " + total.subtract(paid).toPlainString()
                    + " is owed");
        }
        if (after.signum() < 0) {
            throw new InvalidInput("total_amount", "refunds " + amount.negate().toPlainString() + " but only " + paid.toPlainString()
                    + " was paid");
        }
        return new OrderBalance(total, after, statusFor(after, amount.signum() < 0));
    }

    private long statusFor(BigDecimal after, boolean refund) {
        if (after.compareTo(total) == 0 && total.signum() > 0) {
            return COMPLETED;
        }
        if (after.signum() == 0) {
            return refund ? REFUNDED : PENDING;
        }
        return PARTIALLY_PAID;
    }

    public BigDecimal owed() {
        return total.subtract(paid);
    }
}
