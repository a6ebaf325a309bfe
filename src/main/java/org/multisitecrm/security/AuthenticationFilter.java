package org.multisitecrm.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.ResolvedDomain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * Binds every request to its {@link Caller}, after {@code DomainResolutionFilter} (order in web.xml).
 * Credentials: an API key ({@code X-Civi-Auth: Bearer <key>} as CiviCRM's clients send it, or
 * {@code Authorization: Bearer <key>}), else the signed-in session. Wrong credentials are always 401;
 * the API needs credentials (401) and a role on the request's domain (403).
 */
public class AuthenticationFilter extends HttpFilter {

    public static final String SESSION_USER = "crm.userId";
    /** API paths anyone may call: the site's identity, signing in, and the domain's logo (shown before signing in). */
    private static final Set<String> PUBLIC_API = Set.of("/api/site", "/api/login", "/civicrm/domain/logo",
            "/civicrm/mailing/unsubscribe", "/civicrm/mailing/optout", "/civicrm/mailing/url", "/civicrm/mailing/open",
            "/civicrm/mailing/view");

    @Inject
    private UserService users;

    @Inject
    private CallerResolver callers;

    @Inject
    private CallerCache keyCallers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ResolvedDomain domain = (ResolvedDomain) request.getAttribute(ResolvedDomain.REQUEST_ATTRIBUTE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/civicrm/");
        Optional<String> key = bearerKey(request);
        Caller caller;
        if (key.isPresent()) {
            Optional<Caller> keyCaller = keyCallers.get(key.get(), domain.domainId(),
                    () -> users.findByApiKey(key.get()).map(u -> callers.resolve(u, domain.domainId())));
            if (keyCaller.isEmpty()) {
                error(response, 401, "unauthorized", "The API key is not valid");
                return;
            }
            caller = keyCaller.get();
        } else {
            Optional<UserAccount> user = sessionUser(request);
            if (CsrfCheck.changesState(request) && (user.isPresent() ? !CsrfCheck.isSameOrigin(request) : CsrfCheck.isCrossOrigin(request))) {
                Refusals.recordHidden("Session", null, request.getMethod(), "cross-site " + request.getMethod() + " of " + path
                        + " refused (Origin " + request.getHeader("Origin") + ", Referer " + request.getHeader("Referer") + ")");
                error(response, 403, "forbidden", "Cross-site request refused: a request signed in by the session must come from a page of "
                        + domain.name() + " (its Origin or Referer must be this site)");
                return;
            }
            caller = user.map(u -> callers.resolve(u, domain.domainId())).orElse(Caller.anonymous(domain.domainId()));
        }
        if (api && !PUBLIC_API.contains(path)) {
            if (!caller.isAuthenticated()) {
                error(response, 401, "unauthorized", "Sign in or send an API key (X-Civi-Auth: Bearer <key>)");
                return;
            }
            if (!caller.has(Permission.ACCESS_CIVICRM)) {
                try (Caller.Binding ignored = caller.bind()) {
                    Refusals.recordHidden("Domain", domain.domainId(), "access", caller.username().orElse("?")
                            + " holds no role with 'access CiviCRM' on " + domain.name());
                }
                error(response, 403, "forbidden", "You have no access to " + domain.name());
                return;
            }
        }
        try (Caller.Binding ignored = caller.bind()) {
            chain.doFilter(request, response);
        }
    }

    private Optional<UserAccount> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(SESSION_USER);
        if (!(id instanceof Long userId)) {
            return Optional.empty();
        }
        return users.findActive(userId);
    }

    private static Optional<String> bearerKey(HttpServletRequest request) {
        for (String header : new String[] {"X-Civi-Auth", "Authorization"}) {
            String value = request.getHeader(header);
            if (value != null && value.regionMatches(true, 0, "Bearer ", 0, 7) && !value.substring(7).isBlank()) {
                return Optional.of(value.substring(7).trim());
            }
        }
        return Optional.empty();
    }

    private static void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.createObjectBuilder().add("error_code", code).add("error_message", message)
                .add("status", status).build().toString());
    }
}
