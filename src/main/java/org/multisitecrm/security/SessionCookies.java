package org.multisitecrm.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Starts a signed-in session: a new session id (an id planted before sign-in is never promoted) and
 * its cookie written by us, {@code HttpOnly; SameSite=Lax}, plus {@code Secure} over TLS. Payara 6
 * ignores web.xml's cookie attributes, and without {@code SameSite} a browser sends the cookie with a
 * form another site posts.
 */
public final class SessionCookies {

    private SessionCookies() {
    }

    public static HttpSession signIn(HttpServletRequest request, HttpServletResponse response, long userId) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(AuthenticationFilter.SESSION_USER, userId);
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        String configured = request.getServletContext().getSessionCookieConfig().getName();
        String name = configured == null || configured.isBlank() ? "JSESSIONID" : configured;
        response.setHeader("Set-Cookie", name + "=" + session.getId() + "; Path=" + path + "; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : ""));
        return session;
    }
}
