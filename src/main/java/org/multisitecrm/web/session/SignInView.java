package org.multisitecrm.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.CallerResolver;
import org.multisitecrm.security.NotAuthenticated;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.SessionCookies;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserService;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.CurrentDomain;

import java.io.IOException;

/**
 * The sign-in form of a site and signing out. The password is checked by {@link UserService} (the
 * API's lockout and throttling); a user with no role giving 'access CiviCRM' on this site's domain is
 * refused here, by the domain's name, and gets no session.
 */
@Named("signIn")
@RequestScoped
public class SignInView {

    @Inject
    private UserService users;

    @Inject
    private CallerResolver callers;

    @Inject
    private CurrentDomain currentDomain;

    private String username;
    private String password;
    private String next;
    private boolean refused;

    /** Already signed in here: straight to the page wanted. */
    public void onLoad() throws IOException {
        Caller caller = Caller.require();
        if (refused && caller.isAuthenticated()) {
            noAccess();
            signOutQuietly();
        } else if (caller.isAuthenticated() && caller.has(Permission.ACCESS_CIVICRM)) {
            go(BackOfficeGate.safeNext(next));
        }
    }

    public void signIn() throws IOException {
        UserAccount user;
        try {
            user = users.signIn(username, password == null ? new char[0] : password.toCharArray());
        } catch (NotAuthenticated e) {
            error(e.getMessage());
            return;
        } finally {
            password = null;
        }
        Caller caller = callers.resolve(user, currentDomain.get().domainId());
        if (!caller.has(Permission.ACCESS_CIVICRM)) {
            try (Caller.Binding ignored = caller.bind()) {
                Refusals.recordHidden("Domain", currentDomain.get().domainId(), "sign in", user.getUsername()
                        + " holds no role with 'access CiviCRM' on " + currentDomain.get().name());
            }
            noAccess();
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        SessionCookies.signIn((HttpServletRequest) context.getRequest(), (HttpServletResponse) context.getResponse(), user.getId());
        go(BackOfficeGate.safeNext(next));
    }

    public void signOut() throws IOException {
        signOutQuietly();
        go(BackOfficeGate.SIGN_IN_PAGE);
    }

    private void signOutQuietly() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void noAccess() {
        error("You have no access to " + currentDomain.get().name());
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static void go(String path) throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + path);
    }

    public String getDomainName() {
        return currentDomain.get().name();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isRefused() {
        return refused;
    }

    public void setRefused(boolean refused) {
        this.refused = refused;
    }
}
