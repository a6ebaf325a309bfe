package org.multisitecrm.web.user;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.administration.DomainLogins;
import org.multisitecrm.administration.RoleGrants;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.UserAdministration;
import org.multisitecrm.security.UserService;
import org.multisitecrm.web.account.KeyLine;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import java.io.Serializable;
import java.util.List;

/**
 * One login ({@code user.xhtml?id=}): its roles here (all domains' for head office) with grant and
 * revoke, its contact here, and, when this administrator manages it, password reset, deactivation and
 * its API keys. A login of other domains only is the not-found page.
 */
@Named("userPage")
@ViewScoped
public class UserView implements Serializable {

    /** A domain offered for granting on. */
    public record DomainOption(long id, String name) implements Serializable {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Inject
    private DomainLogins logins;
    @Inject
    private RoleGrants grants;
    @Inject
    private UserService users;
    @Inject
    private UserAdministration administration;

    private String id;
    private LoginRow login;
    private List<KeyLine> keys;
    private List<RoleOption> roles;
    private List<DomainOption> domains;
    private boolean headOffice;
    private String grantRole;
    private Long grantDomain;
    private String newPassword;
    private String contactId;

    public void load() {
        long userId = userId();
        login = LoginRow.of(logins.get(userId));
        headOffice = administration.current().isHeadOffice();
        long here = thisDomain();
        roles = logins.grantableRoles(here).stream().map(RoleOption::of).toList();
        domains = logins.administeredDomains().stream().map(d -> new DomainOption(d.getId(), d.getName())).toList();
        keys = login.isManaged() ? users.apiKeysOf(userId).stream().map(KeyLine::of).toList() : List.of();
        if (grantDomain == null) {
            grantDomain = here;
        }
    }

    public void grant() {
        long domainId = grantDomain == null ? thisDomain() : grantDomain;
        change(() -> grants.grant(userId(), domainId, grantRole), "roles", "Role granted");
    }

    public void revoke(long domainId, String roleName) {
        change(() -> grants.revoke(userId(), domainId, roleName), "roles", "Role revoked");
    }

    public void match() {
        change(() -> grants.match(userId(), thisDomain(), contact()), "contact", "Login matched to the contact");
    }

    public void unmatch() {
        change(() -> logins.unmatch(userId()), "contact", "Match ended");
    }

    public void resetPassword() {
        char[] password = newPassword == null ? null : newPassword.toCharArray();
        newPassword = null;
        change(() -> users.resetPassword(userId(), password), "reset", "Password reset: the login may sign in with it now");
    }

    public void setActive(boolean active) {
        change(() -> users.setActive(userId(), active), "status", active ? "Login activated" : "Login deactivated: it can no longer sign in");
    }

    public void revokeKey(long keyId) {
        change(() -> users.revokeApiKey(keyId), "keys", "Key revoked: calls with it are refused from now on");
    }

    private void change(Runnable change, String formId, String done) {
        if (FacesMessages.attempt(change, formId)) {
            load();
            grantRole = null;
            contactId = null;
            FacesMessages.global(FacesMessage.SEVERITY_INFO, done);
        }
    }

    private long contact() {
        try {
            return Long.parseLong(contactId == null ? "" : contactId.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("contact_id", "a contact's id is a number");
        }
    }

    private long userId() {
        return PageIds.parse(id, "login");
    }

    private static long thisDomain() {
        return Caller.require().domainId().orElseThrow();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LoginRow getLogin() {
        return login;
    }

    public List<KeyLine> getKeys() {
        return keys;
    }

    public List<RoleOption> getRoles() {
        return roles;
    }

    public List<DomainOption> getDomains() {
        return domains;
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    public String getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(String grantRole) {
        this.grantRole = grantRole;
    }

    public Long getGrantDomain() {
        return grantDomain;
    }

    public void setGrantDomain(Long grantDomain) {
        this.grantDomain = grantDomain;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }
}
