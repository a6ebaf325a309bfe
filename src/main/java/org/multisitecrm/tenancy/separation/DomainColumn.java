package org.multisitecrm.tenancy.separation;

import java.util.List;
import java.util.Map;

/**
 * What a table's schema says about {@code domain_id}: whether the column exists and may be null, the
 * foreign keys on it, and the table's unique keys (name to columns, in order), which decide whether a
 * name one domain chose can be chosen by another.
 */
public record DomainColumn(boolean present, boolean nullable, List<String> foreignKeys,
                           Map<String, List<String>> uniqueKeys) {

    public static final String NAME = "domain_id";

    public static DomainColumn absent(Map<String, List<String>> uniqueKeys) {
        return new DomainColumn(false, false, List.of(), uniqueKeys);
    }

    /** What the column should look like under this mode; {@code null} when it already does. */
    String problemUnder(SeparationMode mode) {
        return switch (mode) {
            case DOMAIN -> !present ? "has no domain_id column" : nullable ? "has a nullable domain_id" : null;
            case OPTIONAL -> !present ? "has no domain_id column" : nullable ? null : "has a NOT NULL domain_id";
            case SHARED -> present ? "has a domain_id column" : null;
            case TENANCY -> null;
        };
    }
}
