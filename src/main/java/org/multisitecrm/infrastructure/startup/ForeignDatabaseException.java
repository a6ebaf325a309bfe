package org.multisitecrm.infrastructure.startup;

/** The configured database belongs to something else; the start stops before touching it. */
public class ForeignDatabaseException extends IllegalStateException {

    public ForeignDatabaseException(String message) {
        super(message);
    }
}
