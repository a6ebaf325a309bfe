package org.multisitecrm.mailing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CiviCRM's tokens in a mailing's subject and bodies: {@code {contact.first_name}} and the other contact
 * fields, {@code {domain.name}}, {@code {domain.address}}, {@code {domain.phone}}, {@code {domain.email}},
 * {@code {domain.logo}}..., {@code {action.unsubscribeUrl}} and {@code {action.optOutUrl}}. Values are
 * escaped in HTML; a token nobody provides is left as written, so a typo shows in the test send.
 */
public final class MailTokens {

    private static final Pattern TOKEN = Pattern.compile("\\{(contact|domain|action|mailing)\\.([A-Za-z0-9_]+)}");

    private MailTokens() {
    }

    /** The contact fields the texts use, so each batch reads only those. */
    public static Set<String> contactFields(String... texts) {
        Set<String> fields = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher m = TOKEN.matcher(text);
                while (m.find()) {
                    if (m.group(1).equals("contact")) {
                        fields.add(m.group(2));
                    }
                }
            }
        }
        return fields;
    }

    /** The text with each known token replaced; {@code values} maps {@code "contact.first_name"} and the like. */
    public static String render(String text, Map<String, String> values, boolean html) {
        if (text == null) {
            return null;
        }
        UnaryOperator<String> escape = html ? MailTokens::escapeHtml : UnaryOperator.identity();
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1) + "." + m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : escape.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text with the contact tokens nobody filled in left out (a web view is nobody's message). */
    public static String withoutContactTokens(String text) {
        return text == null ? "" : text.replaceAll("\\{contact\\.[A-Za-z0-9_]+}", "");
    }

    public static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
