package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Role;
import org.multisitecrm.security.UFMatch;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserAdministration;
import org.multisitecrm.security.UserRole;

import java.util.List;

/**
 * Per-domain user management: which roles a login holds on a domain and which contact it is there
 * (UFMatch). Head office does it on every domain; a domain's own administrator on that domain, with
 * roles no stronger than its own (see {@link org.multisitecrm.security.UserAdministrator}).
 */
@ApplicationScoped
public class RoleGrants {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private UserAdministration administration;

    @Transactional
    public void grant(long userId, long domainId, String roleName) {
        Role role = role(roleName);
        login(userId);
        administration.requireGrant(domainId, role, "create");
        insertGrant(userId, domainId, role);
    }

    /** The role a login is created with on its domain: the login is of no domain yet, so it is not looked for. */
    @Transactional
    void grantFirstRole(long userId, long domainId, String roleName) {
        Role role = role(roleName);
        administration.requireGrant(domainId, role, "create");
        insertGrant(userId, domainId, role);
    }

    private void insertGrant(long userId, long domainId, Role role) {
        DomainWork.run(domainId, "granting " + role.getName(), () -> {
            long held = em.createQuery("SELECT COUNT(g) FROM UserRole g WHERE g.userId = :u AND g.roleId = :r", Long.class)
                    .setParameter("u", userId).setParameter("r", role.getId()).getSingleResult();
            if (held == 0) {
                em.persist(new UserRole(userId, role.getId()));
            }
            em.flush();
        });
    }

    @Transactional
    public void revoke(long userId, long domainId, String roleName) {
        Role role = role(roleName);
        login(userId);
        administration.requireGrant(domainId, role, "delete");
        DomainWork.run(domainId, "revoking " + roleName, () -> {
            em.createQuery("DELETE FROM UserRole g WHERE g.userId = :u AND g.roleId = :r")
                    .setParameter("u", userId).setParameter("r", role.getId()).executeUpdate();
            em.flush();
        });
    }

    /** Every role, for choosing one to grant (roles are shared; what a grant may give is checked on granting). */
    @Transactional
    public List<Role> roles() {
        return em.createQuery("SELECT r FROM Role r ORDER BY r.label", Role.class).getResultList();
    }

    /**
     * Matches a login to a contact on a domain: unique per (username, domain) and (contact, domain). The
     * contact must be one the caller sees.
     */
    @Transactional
    public UFMatch match(long userId, long domainId, long contactId) {
        UserAccount user = login(userId);
        administration.requireAdminister(domainId, "UFMatch", null, "create");
        if (em.find(Contact.class, contactId) == null) {
            throw new InvalidInput("contact_id", "no contact has id " + contactId);
        }
        return DomainWork.call(domainId, "matching " + user.getUsername(), () -> {
            long taken = em.createQuery("SELECT COUNT(m) FROM UFMatch m WHERE m.ufName = :n OR m.contactId = :c", Long.class)
                    .setParameter("n", user.getUsername()).setParameter("c", contactId).getSingleResult();
            if (taken > 0) {
                throw new InvalidInput("contact_id", "the login or the contact is already matched on domain " + domainId);
            }
            UFMatch match = new UFMatch(userId, user.getUsername(), contactId);
            em.persist(match);
            em.flush();
            return match;
        });
    }

    /** Ends a login's match to a contact on the match's domain (another domain's match is not found). */
    @Transactional
    public void unmatch(long matchId) {
        UFMatch match = em.find(UFMatch.class, matchId);
        if (match == null) {
            throw new NotFound("UFMatch", matchId);
        }
        administration.requireAdminister(match.getDomainId(), "UFMatch", matchId, "delete");
        em.remove(match);
        em.flush();
    }

    private Role role(String roleName) {
        return em.createQuery("SELECT r FROM Role r WHERE r.name = :n", Role.class).setParameter("n", roleName)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInput("role", "no role is named '" + roleName + "'"));
    }

    /** The login, if the caller sees it: another domain's login is missing, exactly as one that never was. */
    private UserAccount login(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || !administration.sees(userId)) {
            throw new InvalidInput("uf_id", "no login has id " + userId);
        }
        return user;
    }
}
