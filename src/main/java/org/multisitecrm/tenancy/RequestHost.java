package org.multisitecrm.tenancy;

import java.util.Locale;

/** The hostname and port a request was addressed to, from its Host header. */
public record RequestHost(String hostname, int port) {

    private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile(
            "^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\\.?|\\[[0-9A-Fa-f:.]{2,45}])(?::[0-9]{1,5})?$");

    /** A Host header a client may send: a name or bracketed IPv6 address, then an optional port; absent is fine (HTTP/1.0). */
    public static boolean isWellFormed(String hostHeader) {
        return hostHeader == null || hostHeader.length() <= 300 && WELL_FORMED.matcher(hostHeader.trim()).matches();
    }

    /** Parses {@code name}, {@code name:port}, {@code [v6]} and {@code [v6]:port}; no port means 80. */
    public static RequestHost parse(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return new RequestHost("", Site.DEFAULT_PORT);
        }
        String header = hostHeader.trim();
        String hostname = header;
        String port = null;
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            hostname = end > 0 ? header.substring(0, end + 1) : header;
            if (end > 0 && header.length() > end + 2 && header.charAt(end + 1) == ':') {
                port = header.substring(end + 2);
            }
        } else {
            int colon = header.lastIndexOf(':');
            if (colon >= 0 && header.indexOf(':') == colon) {
                hostname = header.substring(0, colon);
                port = header.substring(colon + 1);
            }
        }
        return new RequestHost(normalizeHostname(hostname), parsePort(port));
    }

    public static String normalizeHostname(String hostname) {
        String lower = hostname.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int parsePort(String port) {
        if (port == null || port.isEmpty() || !port.chars().allMatch(Character::isDigit) || port.length() > 5) {
            return Site.DEFAULT_PORT;
        }
        int value = Integer.parseInt(port);
        return value > 0 && value <= 65535 ? value : Site.DEFAULT_PORT;
    }
}
