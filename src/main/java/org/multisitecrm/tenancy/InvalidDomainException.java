package org.multisitecrm.tenancy;

/** A domain or site that cannot be created as asked; names the offending field. */
public class InvalidDomainException extends RuntimeException {

    private final String field;

    public InvalidDomainException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
