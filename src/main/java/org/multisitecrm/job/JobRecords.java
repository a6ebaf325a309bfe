package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The job rows' own transactions, each committed before the work goes on: taking a job's lease (so a
 * second server, or a second click, does not run it at the same time), reading what is due, and
 * recording a run. All in the bound domain's scope.
 */
@ApplicationScoped
public class JobRecords {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /**
     * Takes the job's lease for {@code owner}. With {@code onlyIfDue}, the job must still be due once the
     * lease is held: another server may have run it between this server reading what is due and taking
     * the lease, and then this run is dropped, so a due job runs once however many servers tick.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lease(long jobId, String owner, LocalDateTime now, boolean onlyIfDue, long seconds) {
        boolean leased = em.createQuery("UPDATE Job j SET j.leaseOwner = :owner, j.leaseUntil = :until"
                        + " WHERE j.id = :id AND (j.leaseUntil IS NULL OR j.leaseUntil < :now)")
                .setParameter("owner", owner).setParameter("until", now.plusSeconds(seconds))
                .setParameter("id", jobId).setParameter("now", now).executeUpdate() == 1;
        if (leased && onlyIfDue) {
            Job job = em.find(Job.class, jobId);
            em.refresh(job);
            if (!job.isDue(now)) {
                job.release(owner);
                return false;
            }
        }
        return leased;
    }

    /** Extends a lease its owner still holds. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(long jobId, String owner, LocalDateTime now, long seconds) {
        em.createQuery("UPDATE Job j SET j.leaseUntil = :until WHERE j.id = :id AND j.leaseOwner = :owner")
                .setParameter("until", now.plusSeconds(seconds)).setParameter("id", jobId).setParameter("owner", owner).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Job job(long jobId) {
        return em.find(Job.class, jobId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(LocalDateTime now) {
        return em.createQuery("SELECT j FROM Job j WHERE j.isActive = TRUE ORDER BY j.id", Job.class).getResultStream()
                .filter(j -> j.isDue(now)).map(Job::getId).toList();
    }

    /** Records the run and gives the lease back; a job deleted while it ran is logged without its row. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public JobLog finish(Job ran, String owner, LocalDateTime started, LocalDateTime ended, String description, String data) {
        Job job = em.find(Job.class, ran.getId());
        if (job != null) {
            job.ran(started, ended, owner);
        }
        JobLog log = new JobLog(job != null ? job : ran, job != null, started, description, data);
        em.persist(log);
        return log;
    }

    /** The installation's first domain, which holds the jobs on shared data. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long headOfficeDomainId() {
        return em.createQuery(JobHandler.HEAD_OFFICE_DOMAIN_ID, Long.class).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> domains() {
        return em.createQuery("SELECT d.id FROM Domain d ORDER BY d.id", Long.class).getResultList();
    }
}
