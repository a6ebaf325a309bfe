package org.multisitecrm.tenancy.separation;

/** The separation table is unreadable or disagrees with the entities or the schema: the start stops. */
public class SeparationTableException extends RuntimeException {

    public SeparationTableException(String message) {
        super(message);
    }
}
