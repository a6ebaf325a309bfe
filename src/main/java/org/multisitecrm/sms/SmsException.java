package org.multisitecrm.sms;

/** A gateway refused a message or could not be reached; {@code permanent} when retrying cannot help (a 4xx answer). */
public class SmsException extends Exception {

    private final boolean permanent;

    public SmsException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
