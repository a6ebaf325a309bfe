package org.multisitecrm.mailing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One of CiviCRM's {@code from_email_address} option values, {@code "Name" <email>}, read apart. */
public record FromAddress(String name, String email, boolean isDefault) {

    private static final Pattern LABEL = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    public static FromAddress parse(String label, boolean isDefault) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label);
        if (matcher.matches()) {
            return new FromAddress(matcher.group(1).trim(), matcher.group(2).trim(), isDefault);
        }
        return new FromAddress("", label == null ? "" : label.trim(), isDefault);
    }
}
