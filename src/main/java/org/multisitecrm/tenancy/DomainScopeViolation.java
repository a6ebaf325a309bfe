package org.multisitecrm.tenancy;

/**
 * An attempt to write a row outside the bound domain, or to touch scoped data with no domain bound.
 * Thrown inside the persistence layer, so the transaction it happens in rolls back.
 */
public class DomainScopeViolation extends RuntimeException {

    public DomainScopeViolation(String message) {
        super(message);
    }
}
