package org.multisitecrm.mailing.smtp;

/**
 * The SMTP server refused a command, or could not be reached. {@code permanent} for a 5xx reply (the
 * address or message will not be taken, so retrying is pointless); otherwise worth retrying later.
 */
public class SmtpException extends Exception {

    private final boolean permanent;

    public SmtpException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public SmtpException(String message, Throwable cause) {
        super(message, cause);
        this.permanent = false;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
