package org.multisitecrm.infrastructure.validation;

/** A request that is well-formed but collides with the current state of things (409). */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
