package org.multisitecrm.web.user;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.administration.DomainLogins;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.UserAdministration;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Users and Permissions ({@code users.xhtml}): the domain's logins and a form creating one with its
 * first role of this domain (and its contact here, if given). A branch sees its own logins and grants
 * only; head office every login, with each grant's domain.
 */
@Named("usersPage")
@ViewScoped
public class UsersView implements Serializable {

    @Inject
    private DomainLogins logins;

    @Inject
    private UserAdministration administration;

    private List<LoginRow> rows;
    private List<RoleOption> roles;
    private boolean headOffice;
    private String username;
    private String password;
    private String role;
    private String contactId;

    @PostConstruct
    void load() {
        rows = logins.list().stream().map(LoginRow::of).toList();
        headOffice = administration.current().isHeadOffice();
        long domainId = Caller.require().domainId().orElseThrow();
        roles = logins.grantableRoles(domainId).stream().map(RoleOption::of).toList();
    }

    /** Creates the login and opens its page; a refusal stays on this page next to its field. */
    public String create() {
        long[] created = new long[1];
        boolean done = FacesMessages.attempt(() -> created[0] = logins.create(username == null ? null : username.trim(),
                password == null ? null : password.toCharArray(), role, contact()), "create");
        password = null;
        return done ? "/admin/user?faces-redirect=true&id=" + created[0] : null;
    }

    private Long contact() {
        if (contactId == null || contactId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(contactId.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("contact_id", "a contact's id is a number");
        }
    }

    public List<LoginRow> getRows() {
        return rows;
    }

    public List<RoleOption> getRoles() {
        return roles;
    }

    public boolean isHeadOffice() {
        return headOffice;
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getContactId() {
        return contactId;
    }

    public void setContactId(String contactId) {
        this.contactId = contactId;
    }
}
