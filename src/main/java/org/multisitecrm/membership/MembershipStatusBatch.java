package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One batch of the status job, in a transaction of its own: a failure costs one batch, and the
 * persistence context never holds more than one batch's memberships.
 */
@ApplicationScoped
public class MembershipStatusBatch {

    /** CiviCRM's job leaves these alone: they are set by people and events, not by dates. */
    static final Set<String> NOT_BY_DATES = Set.of("Pending", "Cancelled", "Expired", "Deceased");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** What one batch did: the last id it read (the next batch starts after it), and how many it read and changed. */
    public record Outcome(long lastId, int read, int changed) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome next(long afterId, LocalDate on, int size) {
        Map<Long, StatusRule> rules = em.createQuery("SELECT s FROM MembershipStatus s", MembershipStatus.class)
                .getResultStream().map(MembershipStatus::rule).collect(Collectors.toMap(StatusRule::statusId, Function.identity()));
        List<Long> untouched = rules.values().stream().filter(r -> NOT_BY_DATES.contains(r.name())).map(StatusRule::statusId).toList();
        List<Membership> batch = em.createQuery("SELECT m FROM Membership m WHERE m.id > :after AND m.ownerMembershipId IS NULL"
                        + " AND (m.isOverride = TRUE OR m.statusId NOT IN :untouched) ORDER BY m.id", Membership.class)
                .setParameter("after", afterId).setParameter("untouched", untouched.isEmpty() ? List.of(-1L) : untouched)
                .setMaxResults(size).getResultList();
        List<StatusRule> ordered = List.copyOf(rules.values());
        int changed = 0;
        Map<Long, List<Long>> ownersByStatus = new java.util.HashMap<>();
        for (Membership membership : batch) {
            if (membership.isOverride()) {
                LocalDate until = membership.getStatusOverrideEndDate();
                if (until == null || !until.isBefore(on)) {
                    continue;
                }
            }
            Long status = StatusRule.first(ordered, membership.period(), on, false).map(StatusRule::statusId).orElse(null);
            if (status != null && (!status.equals(membership.getStatusId()) || membership.isOverride())) {
                membership.computedStatus(status);
                ownersByStatus.computeIfAbsent(status, s -> new java.util.ArrayList<>()).add(membership.getId());
                changed++;
            }
        }
        em.flush();
        // inherited memberships take their primary's new status: one statement per status, not per membership
        ownersByStatus.forEach((status, owners) -> em.createQuery("UPDATE Membership m SET m.statusId = :s, m.isOverride = FALSE,"
                        + " m.statusOverrideEndDate = NULL WHERE m.ownerMembershipId IN :owners")
                .setParameter("s", status).setParameter("owners", owners).executeUpdate());
        long last = batch.isEmpty() ? afterId : batch.get(batch.size() - 1).getId();
        return new Outcome(last, batch.size(), changed);
    }
}
