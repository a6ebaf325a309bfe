package org.multisitecrm.launcher;

/** A start that cannot go on; its message is printed to the operator as it is. */
final class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
