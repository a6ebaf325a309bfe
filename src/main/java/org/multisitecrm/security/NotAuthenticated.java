package org.multisitecrm.security;

/** Missing or wrong credentials (401). */
public class NotAuthenticated extends RuntimeException {

    public NotAuthenticated(String message) {
        super(message);
    }
}
