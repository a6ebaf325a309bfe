package org.multisitecrm.contribution;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an order as asked for, checked without a container: a quantity above zero, a price in
 * cents never negative, and a total that is quantity times price (given or computed). {@code field}
 * names the line in refusals ({@code lineItems[1].unit_price}).
 */
public record OrderLine(String field, String entityTable, String label, BigDecimal qty, BigDecimal unitPrice, BigDecimal lineTotal,
                        long financialTypeId) {

    public static OrderLine of(String field, String entityTable, String label, BigDecimal qty, BigDecimal unitPrice,
                               BigDecimal lineTotal, long financialTypeId) {
        BigDecimal quantity = qty == null ? BigDecimal.ONE : qty;
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput(field + ".qty", "is a quantity above zero with at most two decimals, not " + quantity.toPlainString());
        }
        if (unitPrice == null && lineTotal == null) {
            throw new InvalidInput(field + ".unit_price", "is required (or line_total)");
        }
        BigDecimal price = unitPrice != null ? Money.cents(field + ".unit_price", unitPrice)
                : Money.cents(field + ".line_total", lineTotal).divide(quantity, 2, RoundingMode.HALF_UP);
        BigDecimal computed = price.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
        if (lineTotal != null && Money.cents(field + ".line_total", lineTotal).compareTo(computed) != 0) {
            throw new InvalidInput(field + ".line_total", "is " + lineTotal.toPlainString() + ", but " + quantity.toPlainString()
                    + " × " + price.toPlainString() + " is " + computed.toPlainString());
        }
        return new OrderLine(field, entityTable, label, quantity.setScale(2, RoundingMode.UNNECESSARY), price, computed, financialTypeId);
    }
}
