package org.multisitecrm.mailing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's tracking, added to its rendered bodies: each trackable link is sent as a link through the
 * sending domain's site, which counts the click and forwards to it; an open is an image of the site.
 * The recipient's own unsubscribe and opt-out links are never tracked.
 */
public final class Tracking {

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final Pattern HREF = Pattern.compile("(href\\s*=\\s*\")(https?://[^\"]+)(\")", Pattern.CASE_INSENSITIVE);

    private Tracking() {
    }

    /** The http(s) links written in a mailing's bodies (tokens aside), each once: what becomes trackable. */
    public static Set<String> links(String bodyHtml, String bodyText) {
        Set<String> links = new LinkedHashSet<>();
        if (bodyHtml != null) {
            Matcher m = HREF.matcher(bodyHtml);
            while (m.find()) {
                links.add(unescape(m.group(2)));
            }
        }
        if (bodyText != null) {
            Matcher m = URL.matcher(bodyText);
            while (m.find()) {
                links.add(m.group());
            }
        }
        links.removeIf(link -> link.contains("{"));
        return links;
    }

    /** The HTML with each tracked link's href sent through {@code tracked}; other hrefs as they are. */
    public static String html(String html, Map<String, String> tracked) {
        Matcher m = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String through = tracked.get(unescape(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(through == null ? m.group()
                    : m.group(1) + MailTokens.escapeHtml(through) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text with each whole link that is tracked replaced (never a link that merely starts with one). */
    public static String text(String text, Map<String, String> tracked) {
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String through = tracked.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(through == null ? m.group() : through));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The open-tracking image, placed before the body's end. */
    public static String withOpenImage(String html, String imageUrl) {
        String image = "<img src=\"" + MailTokens.escapeHtml(imageUrl) + "\" width=\"1\" height=\"1\" alt=\"\">";
        int end = html.toLowerCase().lastIndexOf("</body>");
        return end < 0 ? html + image : html.substring(0, end) + image + html.substring(end);
    }

    private static String unescape(String href) {
        return href.replace("&amp;", "&");
    }
}
