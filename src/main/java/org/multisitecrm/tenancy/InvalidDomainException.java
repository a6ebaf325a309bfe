package org.multisitecrm.tenancy;

import org.multisitecrm.infrastructure.validation.InvalidInput;

/** A domain or site that cannot be created as asked; names the offending field. */
public class InvalidDomainException extends InvalidInput {

    public InvalidDomainException(String field, String message) {
        super(field, message);
    }
}
