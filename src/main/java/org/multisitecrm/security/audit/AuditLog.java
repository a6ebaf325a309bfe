package org.multisitecrm.security.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.time.LocalDateTime;
import java.util.List;

/** The log of refused accesses: written in its own transaction, read by head office, kept for a while. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "crm.audit.retention-days", defaultValue = "90")
    private int retentionDays;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AccessRefusal refusal) {
        em.persist(refusal);
    }

    /** Head office's ('view audit log' and 'administer Multiple Organizations'): refusals name other domains' records. */
    private static final Requirement READ = Requirement.allOf(Permission.VIEW_AUDIT_LOG, Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS);

    /** The newest refusals first. */
    @Transactional
    public List<AccessRefusal> recent(int limit) {
        return page(RefusalFilter.NONE, 0, limit);
    }

    /** One page of the refusals the filter keeps, newest first. */
    @Transactional
    public List<AccessRefusal> page(RefusalFilter filter, int offset, int limit) {
        requireReader();
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        var query = em.createQuery("SELECT r FROM AccessRefusal r" + filter.where(parameters) + " ORDER BY r.id DESC", AccessRefusal.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
    }

    @Transactional
    public long count(RefusalFilter filter) {
        requireReader();
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        var query = em.createQuery("SELECT COUNT(r) FROM AccessRefusal r" + filter.where(parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static void requireReader() {
        if (!READ.isMetBy(Caller.require())) {
            throw Refusals.refuse("AccessRefusal", null, "get", "get of AccessRefusal needs " + READ.describe());
        }
    }

    /** Deletes refusals older than {@code days} (by default {@code crm.audit.retention-days}) before {@code now}; answers how many. */
    @Transactional
    public int purgeExpired(Integer days, LocalDateTime now) {
        return em.createQuery("DELETE FROM AccessRefusal r WHERE r.occurredDate < :cutoff")
                .setParameter("cutoff", now.minusDays(days == null ? retentionDays : days)).executeUpdate();
    }
}
