package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Role;
import org.multisitecrm.security.UserAccount;
import org.multisitecrm.security.UserAdministration;
import org.multisitecrm.security.UserAdministrator;
import org.multisitecrm.security.UserService;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The logins of the request's domain, for its administrator: listing them with their grants, creating
 * one (with its first role, so it belongs to the domain from its first moment), and which roles may be
 * granted. A branch sees the logins holding a role or a contact on it and only its own grants; a login
 * of other domains only is "not found" to it. Head office sees every login and every grant.
 */
@ApplicationScoped
public class DomainLogins {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private UserAdministration administration;
    @Inject
    private UserService users;
    @Inject
    private RoleGrants grants;

    @Transactional
    public List<DomainLogin> list() {
        UserAdministrator administrator = requireAdministrator(null, "get");
        Collection<Long> ids = administrator.isHeadOffice()
                ? em.createQuery("SELECT u.id FROM UserAccount u", Long.class).getResultList()
                : loginsOfThisDomain();
        return describe(administrator, ids);
    }

    @Transactional
    public DomainLogin get(long userId) {
        UserAdministrator administrator = requireAdministrator(userId, "get");
        boolean visible = administrator.isHeadOffice() ? em.find(UserAccount.class, userId) != null
                : loginsOfThisDomain().contains(userId);
        if (!visible) {
            throw new NotFound("UserAccount", userId);
        }
        return describe(administrator, List.of(userId)).get(0);
    }

    /** A new login of the request's domain holding one of its roles, and matched to a contact when one is given. */
    @Transactional
    public long create(String username, char[] password, String roleName, Long contactId) {
        long domainId = thisDomain();
        UserAccount user = users.create(username, password);
        grants.grantFirstRole(user.getId(), domainId, roleName);
        if (contactId != null) {
            grants.match(user.getId(), domainId, contactId);
        }
        return user.getId();
    }

    /** Ends the login's match to a contact on the request's domain. */
    @Transactional
    public void unmatch(long userId) {
        get(userId);
        em.createQuery("SELECT m.id FROM UFMatch m WHERE m.ufId = :u", Long.class).setParameter("u", userId)
                .getResultStream().findFirst().ifPresent(grants::unmatch);
    }

    /** The domains the caller may grant roles on: every one for head office, a branch's own otherwise. */
    @Transactional
    public List<Domain> administeredDomains() {
        UserAdministrator administrator = administration.current();
        return em.createQuery("SELECT d FROM Domain d ORDER BY d.name", Domain.class).getResultList().stream()
                .filter(d -> administrator.administers(d.getId())).toList();
    }

    /** The roles the caller may grant on a domain. */
    @Transactional
    public List<Role> grantableRoles(long domainId) {
        UserAdministrator administrator = administration.current();
        return grants.roles().stream()
                .filter(r -> administrator.refusalToGrant(domainId, r.getLabel(), r.permissions()).isEmpty())
                .toList();
    }

    private UserAdministrator requireAdministrator(Long userId, String action) {
        UserAdministrator administrator = administration.current();
        administrator.refusalToAdminister(thisDomain()).ifPresent(reason -> {
            throw Refusals.refuse("UserAccount", userId, action, reason);
        });
        return administrator;
    }

    private static long thisDomain() {
        return Caller.require().domainId().orElseThrow(() -> new IllegalStateException("no domain bound"));
    }

    /** Grants and matches are domain rows: read in the request's scope, these are this domain's only. */
    private Set<Long> loginsOfThisDomain() {
        Set<Long> ids = new HashSet<>(em.createQuery("SELECT DISTINCT g.userId FROM UserRole g", Long.class).getResultList());
        ids.addAll(em.createQuery("SELECT DISTINCT m.ufId FROM UFMatch m", Long.class).getResultList());
        return ids;
    }

    private List<DomainLogin> describe(UserAdministrator administrator, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DomainLogin.Grant>> grantsByLogin = new HashMap<>();
        String grantQuery = "SELECT g.userId, g.domainId, d.name, r.name, r.label FROM UserRole g, Role r, Domain d"
                + " WHERE r.id = g.roleId AND d.id = g.domainId AND g.userId IN :ids ORDER BY d.name, r.label";
        List<Object[]> grantRows = administrator.isHeadOffice()
                ? DomainScope.allDomains("head office lists every domain's role grants").call(() -> em.createQuery(grantQuery, Object[].class)
                        .setParameter("ids", ids).getResultList())
                : em.createQuery(grantQuery, Object[].class).setParameter("ids", ids).getResultList();
        Map<String, Role> roles = new HashMap<>();
        grants.roles().forEach(r -> roles.put(r.getName(), r));
        for (Object[] row : grantRows) {
            long domainId = (Long) row[1];
            Role role = roles.get((String) row[3]);
            boolean revocable = administrator.refusalToGrant(domainId, role.getLabel(), role.permissions()).isEmpty();
            grantsByLogin.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new DomainLogin.Grant(domainId, (String) row[2], role.getName(), role.getLabel(), revocable));
        }
        Map<Long, Long> contacts = new HashMap<>();
        em.createQuery("SELECT m.ufId, m.contactId FROM UFMatch m WHERE m.ufId IN :ids", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(row -> contacts.put((Long) row[0], (Long) row[1]));
        Set<Long> elsewhere = administrator.isHeadOffice() ? Set.of() : administration.alsoOnOtherDomains(thisDomain(), ids);
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids ORDER BY u.username", UserAccount.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(u -> new DomainLogin(u.getId(), u.getUsername(), u.isActive(), u.getLockedUntil(),
                        grantsByLogin.getOrDefault(u.getId(), List.of()), contacts.get(u.getId()),
                        administrator.isHeadOffice() || !elsewhere.contains(u.getId())))
                .toList();
    }
}
