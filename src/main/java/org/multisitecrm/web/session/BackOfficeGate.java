package org.multisitecrm.web.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * In front of every back-office page, after the caller is known (web.xml): a visitor who is not signed
 * in on this site, or whose roles here no longer include 'access CiviCRM', is sent to the sign-in page
 * with the page they wanted; a form posted after the session expired is sent there too, not answered
 * with an expired view. API paths, Faces resources, the error page and the domain's public pages
 * ({@code /contribute/}) pass untouched.
 */
public class BackOfficeGate extends HttpFilter {

    static final String SIGN_IN_PAGE = "/login.xhtml";
    /** A domain's public pages (its contribution pages), for visitors without a login. */
    static final String PUBLIC_PAGES = "/contribute/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPage(path) || path.equals(SIGN_IN_PAGE) || path.startsWith(PUBLIC_PAGES)) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = Caller.require();
        if (caller.isAuthenticated() && caller.has(Permission.ACCESS_CIVICRM)) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
            return;
        }
        String wanted = "GET".equals(request.getMethod()) ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/";
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + SIGN_IN_PAGE + "?next="
                + URLEncoder.encode(wanted, StandardCharsets.UTF_8) + (caller.isAuthenticated() ? "&refused=1" : ""));
    }

    /** The back office's own pages: the site root and Facelets views, not the resources Faces serves under .xhtml names. */
    static boolean isPage(String path) {
        return path.equals("/") || path.isEmpty() || path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/");
    }

    /** A page of this site to go to after sign-in: a path of our own, never another host. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith(SIGN_IN_PAGE)
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return next;
    }
}
