package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.relationship.RelationshipChanged;
import org.multisitecrm.security.Caller;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CiviCRM's inherited memberships: a type that names relationship types gives each contact related to a
 * member that way (by a relationship active today) a membership owned by the member's, with its dates
 * and status, up to the type's {@code max_related}. They are brought into line whenever the primary
 * membership or one of those relationships changes, and go with the primary. The work is the server's
 * own (a member's employee may be a contact the editing user cannot edit), in the primary's domain.
 */
@ApplicationScoped
public class MembershipInheritance {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Creates, updates and removes the memberships inherited from {@code primary}. */
    void sync(Membership primary) {
        Caller.system("memberships inherited from " + primary.getId()).run(() -> {
            MembershipType type = em.find(MembershipType.class, primary.getMembershipTypeId());
            List<Long> heirs = heirsOf(primary.getContactId(), type.inheritance());
            if (type.getMaxRelated() != null && heirs.size() > type.getMaxRelated()) {
                heirs = heirs.subList(0, type.getMaxRelated());
            }
            Map<Long, Membership> existing = new HashMap<>();
            inheritedFrom(primary.getId()).forEach(m -> existing.put(m.getContactId(), m));
            for (long heir : heirs) {
                Membership inherited = existing.remove(heir);
                if (inherited == null) {
                    em.persist(Membership.inheritedFrom(primary, heir));
                } else {
                    inherited.follow(primary);
                }
            }
            existing.values().forEach(em::remove);
            em.flush();
        });
    }

    /** Removes what {@code primary} passed on, before it goes itself. */
    void removeFor(Membership primary) {
        Caller.system("memberships inherited from " + primary.getId()).run(() -> {
            inheritedFrom(primary.getId()).forEach(em::remove);
            em.flush();
        });
    }

    /** A relationship changed: every domain's primaries of its two contacts are brought into line. */
    void onRelationshipChanged(@Observes RelationshipChanged change) {
        Caller.system("memberships inherited through a relationship").run(() -> DomainScope.allDomains(
                "memberships inherited through a relationship").run(() -> em.createQuery(
                        "SELECT m FROM Membership m WHERE m.ownerMembershipId IS NULL AND m.contactId IN :contacts", Membership.class)
                .setParameter("contacts", List.of(change.contactIdA(), change.contactIdB())).getResultList()
                .forEach(this::sync)));
    }

    private List<Membership> inheritedFrom(long primaryId) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.ownerMembershipId = :p ORDER BY m.id", Membership.class)
                .setParameter("p", primaryId).getResultList();
    }

    /** The contacts related to {@code member} by a relationship active today of the given ways, first related first. */
    private List<Long> heirsOf(long member, List<InheritedThrough> ways) {
        Set<Long> heirs = new LinkedHashSet<>();
        LocalDate today = LocalDate.now();
        for (InheritedThrough way : ways) {
            String other = way.fromB() ? "r.contactIdA" : "r.contactIdB";
            String self = way.fromB() ? "r.contactIdB" : "r.contactIdA";
            heirs.addAll(em.createQuery("SELECT " + other + " FROM Relationship r WHERE " + self + " = :member"
                            + " AND r.relationshipTypeId = :type AND r.isActive = TRUE"
                            + " AND (r.startDate IS NULL OR r.startDate <= :today) AND (r.endDate IS NULL OR r.endDate >= :today)"
                            + " ORDER BY r.id", Long.class)
                    .setParameter("member", member).setParameter("type", way.relationshipTypeId())
                    .setParameter("today", today).getResultList());
        }
        heirs.remove(member);
        return new ArrayList<>(heirs);
    }
}
