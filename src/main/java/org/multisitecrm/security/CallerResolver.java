package org.multisitecrm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a login may do on one domain: the permissions of the roles it holds there and its contact there
 * (what its ACL roles grant is read by the visibility rules themselves, from that contact).
 */
@ApplicationScoped
public class CallerResolver {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Transactional
    public Caller resolve(UserAccount user, long domainId) {
        return DomainWork.call(domainId, "resolving " + user.getUsername(), () -> {
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            em.createQuery("SELECT r FROM Role r, UserRole g WHERE g.roleId = r.id AND g.userId = :u", Role.class)
                    .setParameter("u", user.getId()).getResultList().forEach(r -> permissions.addAll(r.permissions()));
            Long contactId = em.createQuery("SELECT m.contactId FROM UFMatch m WHERE m.ufId = :u", Long.class)
                    .setParameter("u", user.getId()).getResultStream().findFirst().orElse(null);
            return Caller.user(user.getId(), user.getUsername(), domainId, contactId, permissions);
        });
    }
}
