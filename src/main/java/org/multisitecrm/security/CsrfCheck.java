package org.multisitecrm.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a browser sends the session cookie with a form another site posts. A
 * state-changing request that is authenticated by the session must therefore come from a page of this
 * very host: its Origin (or, where a browser omits it, its Referer) must name the Host it was sent to.
 * A request carrying neither is refused too. API-key calls carry no ambient credential and are not
 * checked. The session cookie is also {@code SameSite=Lax} (web.xml), so most such posts arrive
 * without it; this check covers the browsers and paths where they do not.
 */
final class CsrfCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CsrfCheck() {
    }

    static boolean changesState(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** Whether the request names its own host as where it came from. */
    static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            origin = request.getHeader("Referer");
        }
        return origin != null && sameHost(origin, request);
    }

    /** Whether a request with no session (signing in) names another site as where it came from. */
    static boolean isCrossOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
        }
        return origin != null && !origin.isBlank() && !sameHost(origin, request);
    }

    private static boolean sameHost(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String expected = host.trim().toLowerCase(Locale.ROOT);
            String given = uri.getHost().toLowerCase(Locale.ROOT);
            int defaultPort = request.isSecure() ? 443 : 80;
            return expected.equals(given + ":" + port) || port == defaultPort && expected.equals(given);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
