package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.UFMatch;
import org.multisitecrm.security.Role;
import org.multisitecrm.security.UserRole;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.DomainWork;

/**
 * Per-domain user management: which roles a login holds on a domain and which contact it is there
 * (UFMatch). Only 'administer Multiple Organizations' grants roles and matches logins.
 */
@ApplicationScoped
public class RoleGrants {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Transactional
    public void grant(long userId, long domainId, String roleName) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "UserRole", null, "create");
        Role role = em.createQuery("SELECT r FROM Role r WHERE r.name = :n", Role.class).setParameter("n", roleName)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInput("role", "no role is named '" + roleName + "'"));
        DomainWork.run(domainId, "granting " + roleName, () -> {
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
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "UserRole", null, "create");
        DomainWork.run(domainId, "revoking " + roleName, () -> {
            em.createQuery("DELETE FROM UserRole g WHERE g.userId = :u AND g.roleId IN"
                            + " (SELECT r.id FROM Role r WHERE r.name = :n)")
                    .setParameter("u", userId).setParameter("n", roleName).executeUpdate();
            em.flush();
        });
    }

    /** Matches a login to a contact on a domain: unique per (username, domain) and (contact, domain). */
    @Transactional
    public UFMatch match(long userId, long domainId, long contactId) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "UFMatch", null, "create");
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw new InvalidInput("uf_id", "no login has id " + userId);
        }
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

    /** Ends a login's match to a contact on the match's domain. */
    @Transactional
    public void unmatch(long matchId) {
        Access.require(Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS, "UFMatch", null, "create");
        UFMatch match = em.find(UFMatch.class, matchId);
        if (match == null) {
            throw new NotFound("UFMatch", matchId);
        }
        em.remove(match);
        em.flush();
    }

}
