package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The sending's own transactions, each committed before the next step, in the bound domain: queueing a
 * job's recipients, reading what waits, recording each message delivered (before the SMTP server can have
 * accepted it) or failed, and closing the job. A restart finds everything where the last commit left it.
 */
@ApplicationScoped
public class MailingRecords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int QUEUE_CHUNK = 1_000;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A queued message as the sender needs it. */
    public record Pending(long queueId, long contactId, String email, String phone, String hash) {
    }

    static String newHash() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The domain's sending jobs due at {@code now}, test sends aside, whose mailing is neither paused nor
     * cancelled, nor waiting for approval.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> dueJobs(LocalDateTime now) {
        return em.createQuery("SELECT j.id FROM MailingJob j, Mailing m WHERE m.id = j.mailingId AND j.isTest = FALSE"
                        + " AND j.status IN :sending AND m.status IN :sending AND j.scheduledDate <= :now"
                        + " AND (m.approvalStatusId IS NULL OR m.approvalStatusId = 1) ORDER BY j.scheduledDate, j.id", Long.class)
                .setParameter("sending", Set.of(MailingStatus.Scheduled, MailingStatus.Running)).setParameter("now", now).getResultList();
    }

    /**
     * Queues a scheduled job's recipients and marks it (and its mailing) Running, in one transaction: a
     * crash halfway leaves it Scheduled and unqueued, to be queued whole next time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void start(long jobId, LocalDateTime now) {
        MailingJob job = em.find(MailingJob.class, jobId);
        if (job == null || job.getStatus() != MailingStatus.Scheduled) {
            return;
        }
        long mailingId = job.getMailingId();
        boolean sms = em.find(Mailing.class, mailingId).isSms();
        String recipients = sms
                ? "SELECT r.id, r.contactId, r.phoneId, p.phone FROM MailingRecipient r, Phone p WHERE p.id = r.phoneId"
                : "SELECT r.id, r.contactId, r.emailId, e.email FROM MailingRecipient r, Email e WHERE e.id = r.emailId";
        long after = 0;
        List<Object[]> chunk;
        do {
            chunk = em.createQuery(recipients + " AND r.mailingId = :m AND r.id > :after ORDER BY r.id", Object[].class)
                    .setParameter("m", mailingId).setParameter("after", after).setMaxResults(QUEUE_CHUNK).getResultList();
            for (Object[] row : chunk) {
                em.persist(sms ? MailingQueueItem.bySms(jobId, mailingId, (Long) row[1], (Long) row[2], (String) row[3], newHash())
                        : new MailingQueueItem(jobId, mailingId, (Long) row[1], (Long) row[2], (String) row[3], newHash()));
                after = (Long) row[0];
            }
            em.flush();
            em.clear();
        } while (chunk.size() == QUEUE_CHUNK);
        em.find(MailingJob.class, jobId).moveTo(MailingStatus.Running, now);
        em.find(Mailing.class, mailingId).moveTo(MailingStatus.Running);
    }

    /** A test send's job and queue, to these contacts and addresses, ready to send now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long testJob(long mailingId, List<Object[]> contactsAndEmails, LocalDateTime now) {
        MailingJob job = new MailingJob(mailingId, now, true);
        em.persist(job);
        em.flush();
        for (Object[] row : contactsAndEmails) {
            em.persist(new MailingQueueItem(job.getId(), mailingId, (Long) row[0], (Long) row[1], (String) row[2], newHash()));
        }
        job.moveTo(MailingStatus.Running, now);
        return job.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MailingMessage.Content content(long jobId) {
        Mailing m = em.find(Mailing.class, em.find(MailingJob.class, jobId).getMailingId());
        java.util.Map<String, Long> trackable = new java.util.HashMap<>();
        em.createQuery("SELECT t FROM MailingTrackableUrl t WHERE t.mailingId = :m", MailingTrackableUrl.class)
                .setParameter("m", m.getId()).getResultStream().forEach(t -> trackable.put(t.getUrl(), t.getId()));
        return new MailingMessage.Content(m.getId(), m.getHash(), m.getSubject(), m.getBodyText(), m.getBodyHtml(), m.getFromName(),
                m.getFromEmail(), m.getReplytoEmail(), m.getSmsProviderId(), java.util.Map.copyOf(trackable), m.isOpenTracking());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isSms(long jobId) {
        return em.find(Mailing.class, em.find(MailingJob.class, jobId).getMailingId()).isSms();
    }

    /** Whether the job may go on sending: not paused or cancelled since it started. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isSending(long jobId) {
        MailingJob job = em.find(MailingJob.class, jobId);
        if (job == null || job.getStatus() != MailingStatus.Running) {
            return false;
        }
        return job.isTest() || em.find(Mailing.class, job.getMailingId()).getStatus() == MailingStatus.Running;
    }

    /** The next messages waiting (or due for another try), in queue order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Pending> pending(long jobId, LocalDateTime now, int size) {
        return em.createQuery("SELECT q FROM MailingQueueItem q WHERE q.jobId = :j AND q.deliveryStatus = :pending"
                        + " AND (q.nextAttemptDate IS NULL OR q.nextAttemptDate <= :now) ORDER BY q.id", MailingQueueItem.class)
                .setParameter("j", jobId).setParameter("pending", DeliveryStatus.Pending).setParameter("now", now)
                .setMaxResults(size).getResultStream()
                .map(q -> new Pending(q.getId(), q.getContactId(), q.getEmail(), q.getPhone(), q.getHash())).toList();
    }

    /** Records a message as delivered; committed before the final dot of its SMTP transaction is sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long queueId, LocalDateTime at) {
        MailingQueueItem item = em.find(MailingQueueItem.class, queueId);
        item.delivered();
        em.persist(new MailingDelivered(queueId, at));
    }

    /**
     * A failed attempt: the delivery recorded before a refused final dot is taken back; the message waits
     * for {@code retryAt}, or, with no retry left, is recorded as failed with the server's reason.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long queueId, String reason, LocalDateTime at, LocalDateTime retryAt) {
        MailingQueueItem item = em.find(MailingQueueItem.class, queueId);
        em.createQuery("DELETE FROM MailingDelivered d WHERE d.eventQueueId = :q").setParameter("q", queueId).executeUpdate();
        item.failed(reason, retryAt);
        if (retryAt == null) {
            em.persist(new MailingBounce(queueId, at, reason));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int attempts(long queueId) {
        return em.find(MailingQueueItem.class, queueId).getAttempts();
    }

    /** Closes a job with nothing left to send (and its mailing, unless it was a test); answers whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean completeIfDone(long jobId, LocalDateTime now) {
        long waiting = em.createQuery("SELECT COUNT(q) FROM MailingQueueItem q WHERE q.jobId = :j AND q.deliveryStatus = :pending", Long.class)
                .setParameter("j", jobId).setParameter("pending", DeliveryStatus.Pending).getSingleResult();
        if (waiting > 0) {
            return false;
        }
        MailingJob job = em.find(MailingJob.class, jobId);
        job.moveTo(MailingStatus.Complete, now);
        if (!job.isTest()) {
            em.find(Mailing.class, job.getMailingId()).moveTo(MailingStatus.Complete);
        }
        return true;
    }
}
