package org.multisitecrm.web.user;

import org.multisitecrm.administration.DomainLogin;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** A login as the users pages show it (Faces' EL reads getters, not record components). */
public final class LoginRow implements Serializable {

    /** One role grant, with whether this administrator may revoke it. */
    public record GrantRow(long domainId, String domainName, String roleName, String roleLabel, boolean revocable)
            implements Serializable {

        public long getDomainId() {
            return domainId;
        }

        public String getDomainName() {
            return domainName;
        }

        public String getRoleName() {
            return roleName;
        }

        public String getRoleLabel() {
            return roleLabel;
        }

        public boolean isRevocable() {
            return revocable;
        }
    }

    private final long userId;
    private final String username;
    private final String status;
    private final boolean active;
    private final List<GrantRow> grants;
    private final Long contactId;
    private final boolean managed;

    private LoginRow(DomainLogin login) {
        this.userId = login.userId();
        this.username = login.username();
        this.active = login.active();
        this.status = !login.active() ? "Deactivated"
                : login.locked() ? "Locked until " + login.lockedUntil().withNano(0).toString().replace('T', ' ') : "Active";
        this.grants = login.grants().stream()
                .map(g -> new GrantRow(g.domainId(), g.domainName(), g.roleName(), g.roleLabel(), g.revocable())).toList();
        this.contactId = login.contactId();
        this.managed = login.managed();
    }

    public static LoginRow of(DomainLogin login) {
        return new LoginRow(login);
    }

    public long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getStatus() {
        return status;
    }

    public boolean isActive() {
        return active;
    }

    public List<GrantRow> getGrants() {
        return grants;
    }

    /** "Staff" on a branch's page; "Branch North: Staff; Head Office: Administrator" on head office's. */
    public String getRoles(boolean withDomains) {
        return grants.stream().map(g -> withDomains ? g.domainName() + ": " + g.roleLabel() : g.roleLabel())
                .collect(Collectors.joining("; "));
    }

    public Long getContactId() {
        return contactId;
    }

    /** Whether this administrator resets, deactivates and revokes the keys of this login (else head office does). */
    public boolean isManaged() {
        return managed;
    }
}
