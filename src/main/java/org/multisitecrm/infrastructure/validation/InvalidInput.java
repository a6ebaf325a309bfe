package org.multisitecrm.infrastructure.validation;

/** Input that breaks a rule of the model (400); names the field. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
