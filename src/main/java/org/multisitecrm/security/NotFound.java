package org.multisitecrm.security;

/**
 * A record that does not exist for the caller (404). Thrown alike for a record that does not exist and
 * for one the caller may not see, so the two cannot be told apart.
 */
public class NotFound extends RuntimeException {

    public NotFound(String entity, long id) {
        super(entity + " " + id + " does not exist");
    }

    public NotFound(String message) {
        super(message);
    }
}
