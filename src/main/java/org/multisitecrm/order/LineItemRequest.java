package org.multisitecrm.order;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.contribution.LineItem;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * One of {@code Order.create}'s {@code lineItems} as sent, in CiviCRM's flat shape: the LineItem's own
 * fields, and for a membership bought in the order the new membership's values as {@code entity_id.*}
 * (or {@code entity_id}, an existing membership to renew). Every refusal names the line and the key
 * ({@code lineItems[1].unit_price}); a key not listed here is refused, not ignored.
 */
record LineItemRequest(String field, String entityTable, Long entityId, String label, BigDecimal qty, BigDecimal unitPrice,
                       BigDecimal lineTotal, Long financialTypeId, Long membershipTypeId, Long membershipContactId,
                       LocalDate joinDate, String source) {

    private static final Set<String> KEYS = Set.of("entity_table", "entity_id", "label", "qty", "unit_price", "line_total",
            "financial_type_id", "entity_id.membership_type_id", "entity_id.contact_id", "entity_id.join_date", "entity_id.source");

    static LineItemRequest parse(String field, JsonValue value) {
        if (!(value instanceof JsonObject line)) {
            throw new InvalidInput(field, "a line item is an object such as {\"entity_table\": \"civicrm_membership\","
                    + " \"entity_id.membership_type_id\": 1}");
        }
        for (String key : line.keySet()) {
            if (!KEYS.contains(key)) {
                throw new InvalidInput(field + "." + key, "is not a field of a line item here (price sets are not built)");
            }
        }
        String table = text(line, field, "entity_table");
        table = table == null ? LineItem.CONTRIBUTION_TABLE : table;
        if (!table.equals(LineItem.CONTRIBUTION_TABLE) && !table.equals(LineItem.MEMBERSHIP_TABLE)) {
            throw new InvalidInput(field + ".entity_table", "is civicrm_contribution (a donation) or civicrm_membership, not '" + table + "'");
        }
        LineItemRequest request = new LineItemRequest(field, table, id(line, field, "entity_id"), text(line, field, "label"),
                number(line, field, "qty"), number(line, field, "unit_price"), number(line, field, "line_total"),
                id(line, field, "financial_type_id"), id(line, field, "entity_id.membership_type_id"),
                id(line, field, "entity_id.contact_id"), date(line, field, "entity_id.join_date"), text(line, field, "entity_id.source"));
        request.requireCoherent();
        return request;
    }

    boolean isMembership() {
        return entityTable.equals(LineItem.MEMBERSHIP_TABLE);
    }

    /** A membership line renews the membership it names, or creates one of the type it names; a donation line names neither. */
    private void requireCoherent() {
        boolean creates = membershipTypeId != null || membershipContactId != null || joinDate != null || source != null;
        if (!isMembership()) {
            if (entityId != null || creates) {
                throw new InvalidInput(field + ".entity_id", "a donation line is the contribution itself and names no other record");
            }
            return;
        }
        if (entityId != null && creates) {
            throw new InvalidInput(field + ".entity_id", "renews an existing membership: its entity_id.* values are not used");
        }
        if (entityId == null && membershipTypeId == null) {
            throw new InvalidInput(field + ".entity_id.membership_type_id", "is required to buy a membership (or entity_id, to renew one)");
        }
    }

    private static String text(JsonObject line, String field, String key) {
        JsonValue value = line.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInput(field + "." + key, "is text");
        }
        return text.getString();
    }

    private static BigDecimal number(JsonObject line, String field, String key) {
        JsonValue value = line.get(key);
        try {
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString text) {
                return new BigDecimal(text.getString().trim());
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput(field + "." + key, "is a number");
    }

    private static Long id(JsonObject line, String field, String key) {
        BigDecimal number = number(line, field, key);
        if (number == null) {
            return null;
        }
        if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(4_294_967_295L)) > 0) {
            throw new InvalidInput(field + "." + key, "is the id of a record, a whole number above zero");
        }
        return number.longValueExact();
    }

    private static LocalDate date(JsonObject line, String field, String key) {
        String text = text(line, field, key);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + "." + key, "is a date such as 2026-12-06");
        }
    }
}
