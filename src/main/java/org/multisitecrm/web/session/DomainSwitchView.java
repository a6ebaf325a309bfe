package org.multisitecrm.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.multisitecrm.security.AccessDenied;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.CallerResolver;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.SignInHandOffs;
import org.multisitecrm.security.UserService;
import org.multisitecrm.tenancy.SiteDirectory;
import org.multisitecrm.tenancy.SiteTable;
import org.multisitecrm.web.record.FacesMessages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The domain switcher of the header: the other domains this user has 'access CiviCRM' on, and going to
 * one of them, signed in, through a one-time token redeemed by that domain's site ({@link HandOffServlet}).
 */
@Named("domainSwitch")
@RequestScoped
public class DomainSwitchView {

    @Inject
    private SiteDirectory sites;

    @Inject
    private UserService users;

    @Inject
    private CallerResolver callers;

    @Inject
    private SignInHandOffs handOffs;

    private List<SelectItem> others;
    private Long target;

    /** The other domains with a site that this user may work on, by name. */
    public List<SelectItem> getOthers() {
        if (others == null) {
            Caller caller = Caller.require();
            long here = caller.domainId().orElse(0L);
            SiteTable table = sites.table();
            others = caller.userId().flatMap(users::findActive).map(user -> table.domains().stream()
                    .filter(d -> d.id() != here && table.siteOf(d.id()).isPresent())
                    .filter(d -> callers.resolve(user, d.id()).has(Permission.ACCESS_CIVICRM))
                    .sorted(java.util.Comparator.comparing(SiteTable.DomainRow::name))
                    .map(d -> new SelectItem(d.id(), d.name())).toList()).orElse(List.of());
        }
        return others;
    }

    public void go() throws IOException {
        SiteTable table = sites.table();
        if (target == null || table.siteOf(target).isEmpty()) {
            FacesMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "Choose a domain to go to");
            return;
        }
        String token;
        try {
            token = handOffs.issue(target);
        } catch (AccessDenied refused) {
            FacesMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "You have no access to that domain");
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String host = table.siteOf(target).orElseThrow().hostname();
        // the same server answers every site: the target's hostname on the port this request came in on
        int port = request.getServerPort();
        boolean defaultPort = request.isSecure() ? port == 443 : port == 80;
        context.redirect(request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + HandOffServlet.PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }
}
