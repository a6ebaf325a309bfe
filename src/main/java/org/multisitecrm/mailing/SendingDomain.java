package org.multisitecrm.mailing;

import java.util.Map;

/**
 * The sending domain as its mail shows it: its {@code {domain.*}} token values (from its organisation
 * contact) and the base URL its links point at (its own host).
 */
public record SendingDomain(long id, String baseUrl, Map<String, String> tokens) {

    /** The host its links point at, which also names it to SMTP servers (EHLO) and in Message-IDs. */
    public String host() {
        String rest = baseUrl.replaceFirst("^[a-z]+://", "");
        int end = rest.indexOf('/');
        return (end < 0 ? rest : rest.substring(0, end)).replaceFirst(":\\d+$", "");
    }

    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path.substring(1) : path);
    }
}
