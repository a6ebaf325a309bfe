package org.multisitecrm.mailing;

import java.util.Arrays;

/**
 * CiviCRM's {@code mailing_backend.outBound_option}, as far as a Java server offers it: SMTP, disabled, or
 * redirected to the database (CiviCRM's option for testing: messages are recorded, not sent). CiviCRM's
 * sendmail (1) and PHP mail() (3) have no meaning here and are refused.
 */
public enum OutboundOption {
    SMTP(0, "SMTP"), DISABLED(2, "Disabled"), REDIRECT_TO_DATABASE(5, "Redirect to Database");

    private final int value;
    private final String label;

    OutboundOption(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static OutboundOption of(long value) {
        return Arrays.stream(values()).filter(o -> o.value == value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("outBound_option must be 0 (SMTP), 2 (Disabled) or 5 (Redirect to"
                        + " Database), not " + value));
    }
}
