package org.multisitecrm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.security.visibility.VisibilityIndex;
import org.multisitecrm.tenancy.DomainScope;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What a login may do on one domain: the permissions of the roles it holds there, its contact there,
 * and the groups its ACL roles grant, kept to the domain's site tree (an ACL cannot reach across sites).
 */
@ApplicationScoped
public class CallerResolver {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private VisibilityIndex visibilityIndex;

    @Transactional
    public Caller resolve(UserAccount user, long domainId) {
        return DomainScope.of(domainId).call(() -> Caller.system("resolving " + user.getUsername()).call(() -> {
            Set<Permission> permissions = EnumSet.noneOf(Permission.class);
            em.createQuery("SELECT r FROM Role r, UserRole g WHERE g.roleId = r.id AND g.userId = :u", Role.class)
                    .setParameter("u", user.getId()).getResultList().forEach(r -> permissions.addAll(r.permissions()));
            Long contactId = em.createQuery("SELECT m.contactId FROM UFMatch m WHERE m.ufId = :u", Long.class)
                    .setParameter("u", user.getId()).getResultStream().findFirst().orElse(null);
            Set<Long> view = new HashSet<>();
            Set<Long> edit = new HashSet<>();
            if (contactId != null) {
                Set<Long> siteTree = visibilityIndex.groupsOf(domainId);
                for (long[] grant : visibilityIndex.aclGrantsOf(contactId)) {
                    if (siteTree.contains(grant[0])) {
                        (grant[1] == 1 ? edit : view).add(grant[0]);
                    }
                }
            }
            return Caller.user(user.getId(), user.getUsername(), domainId, contactId, permissions, view, edit);
        }));
    }
}
