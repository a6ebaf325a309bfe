package org.multisitecrm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.DomainScope;

import java.util.HashSet;
import java.util.Set;

/**
 * The checks of delegated user administration against the bound caller, as {@link Access} is for
 * permissions: {@link UserAdministrator} decides, this refuses (403, audited) and finds which domains a
 * login belongs to, which only the all-domains scope can see.
 */
@ApplicationScoped
public class UserAdministration {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public UserAdministrator current() {
        return UserAdministrator.of(Caller.require());
    }

    public void requireAdminister(long domainId, String entity, Long id, String action) {
        current().refusalToAdminister(domainId).ifPresent(reason -> {
            throw Refusals.refuse(entity, id, action, reason);
        });
    }

    /** Whether the login exists for the caller (see {@link UserAdministrator#sees}); a missing login is not seen. */
    @Transactional
    public boolean sees(long userId) {
        UserAdministrator administrator = current();
        if (administrator.isHeadOffice()) {
            return em.find(UserAccount.class, userId) != null;
        }
        return administrator.sees(domainsOf(userId));
    }

    /** Granting or revoking a role of a domain. */
    public void requireGrant(long domainId, Role role, String action) {
        current().refusalToGrant(domainId, role.getLabel(), role.permissions()).ifPresent(reason -> {
            throw Refusals.refuse("UserRole", null, action, reason);
        });
    }

    /**
     * Refused unless the caller administers every domain the login holds a role or a contact on; a
     * login the caller does not see is not found, exactly as a missing one.
     */
    @Transactional
    public void requireManage(long userId, String action) {
        if (!sees(userId)) {
            throw new NotFound("UserAccount", userId);
        }
        UserAdministrator administrator = current();
        if (administrator.isHeadOffice()) {
            return;
        }
        administrator.refusalToManage(domainsOf(userId)).ifPresent(reason -> {
            throw Refusals.refuse("UserAccount", userId, action, reason);
        });
    }

    @Transactional
    public boolean manages(long userId) {
        UserAdministrator administrator = current();
        return administrator.isHeadOffice() || administrator.refusalToManage(domainsOf(userId)).isEmpty();
    }

    /** Which of these logins hold a role or a contact on a domain other than this one (so only head office manages them). */
    @Transactional
    public Set<Long> alsoOnOtherDomains(long domainId, java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return DomainScope.allDomains("finding which logins of domain " + domainId + " other domains share").call(() -> {
            Set<Long> shared = new HashSet<>(em.createQuery("SELECT DISTINCT g.userId FROM UserRole g"
                    + " WHERE g.domainId <> :d AND g.userId IN :u", Long.class).setParameter("d", domainId).setParameter("u", userIds).getResultList());
            shared.addAll(em.createQuery("SELECT DISTINCT m.ufId FROM UFMatch m WHERE m.domainId <> :d AND m.ufId IN :u", Long.class)
                    .setParameter("d", domainId).setParameter("u", userIds).getResultList());
            return shared;
        });
    }

    /** Every domain on which the login holds a role or is matched to a contact. */
    @Transactional
    public Set<Long> domainsOf(long userId) {
        return DomainScope.allDomains("finding the domains login " + userId + " belongs to").call(() -> {
            Set<Long> domains = new HashSet<>(em.createQuery(
                    "SELECT DISTINCT g.domainId FROM UserRole g WHERE g.userId = :u", Long.class).setParameter("u", userId).getResultList());
            domains.addAll(em.createQuery("SELECT DISTINCT m.domainId FROM UFMatch m WHERE m.ufId = :u", Long.class)
                    .setParameter("u", userId).getResultList());
            return domains;
        });
    }
}
