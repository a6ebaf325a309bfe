package org.multisitecrm.security;

/** A refusal the caller may be told about (403); recorded in the audit log before it is thrown. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
