package org.multisitecrm.contact;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CiviCRM's formats for what is derived from a contact's names: the display name with prefix and
 * suffix ("Dr. Ada Lovelace Jr."), and greetings and addressees from templates such as
 * {@code Dear {contact.first_name}} or {@code {contact.prefix_id:label}{ }{contact.last_name}}, where
 * {@code { }} is a space kept only between words that are there.
 */
public final class ContactStyle {

    private static final Pattern TOKEN = Pattern.compile("\\{contact\\.([a-z_]+(?::label)?)}");

    private ContactStyle() {
    }

    static String individualDisplayName(String prefix, String first, String last, String suffix) {
        return squeeze(String.join(" ", text(prefix), text(first), text(last), text(suffix)));
    }

    /** The template with each {@code {contact.x}} replaced by the contact's value (empty if it has none). */
    public static String render(String template, Map<String, String> tokens) {
        if (template == null) {
            return null;
        }
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(text(tokens.get(matcher.group(1)))));
        }
        matcher.appendTail(rendered);
        return squeeze(rendered.toString().replace("{ }", " "));
    }

    private static String squeeze(String text) {
        return text.trim().replaceAll("\\s+", " ").replaceAll(" ([,.!?])", "$1");
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }
}
