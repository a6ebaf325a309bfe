package org.multisitecrm.web.session;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.multisitecrm.security.CallerResolver;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.SessionCookies;
import org.multisitecrm.security.SignInHandOffs;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.tenancy.CurrentDomain;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the domain switcher lands on the other site: a token this site's domain may redeem signs its
 * user in here (a new session) and opens the home page; any other token opens the sign-in page, the
 * same for a used, expired, foreign or made-up one. The token never reaches another site as a referrer.
 */
@WebServlet(HandOffServlet.PATH)
public class HandOffServlet extends HttpServlet {

    static final String PATH = "/handoff";

    @Inject
    private SignInHandOffs handOffs;

    @Inject
    private CallerResolver callers;

    @Inject
    private CurrentDomain currentDomain;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        long domainId = currentDomain.get().domainId();
        Optional<UserAccount> user = handOffs.redeem(request.getParameter("token"), domainId);
        String to = BackOfficeGate.SIGN_IN_PAGE;
        if (user.isPresent() && callers.resolve(user.get(), domainId).has(Permission.ACCESS_CIVICRM)) {
            SessionCookies.signIn(request, response, user.get().getId());
            to = "/";
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + to);
    }
}
