package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A mailing's progress and report (CiviCRM's {@code Mailing.stats}), counted from its own domain's rows:
 * recipients, queued, delivered, waiting (or waiting to retry), failed, opened and clicked (each recipient
 * once), unsubscribed and opted out.
 * Test sends are not counted.
 */
@ApplicationScoped
public class MailingStats {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public JsonObject of(long mailingId) {
        String queue = " FROM MailingQueueItem q, MailingJob j WHERE j.id = q.jobId AND j.isTest = FALSE AND q.mailingId = :m";
        return JSON.createObjectBuilder()
                .add("id", mailingId)
                .add("recipients", count("SELECT COUNT(r) FROM MailingRecipient r WHERE r.mailingId = :m", mailingId))
                .add("queued", count("SELECT COUNT(q)" + queue, mailingId))
                .add("delivered", count("SELECT COUNT(q)" + queue + " AND q.deliveryStatus = org.multisitecrm.mailing.DeliveryStatus.Delivered", mailingId))
                .add("pending", count("SELECT COUNT(q)" + queue + " AND q.deliveryStatus = org.multisitecrm.mailing.DeliveryStatus.Pending", mailingId))
                .add("failed", count("SELECT COUNT(q)" + queue + " AND q.deliveryStatus = org.multisitecrm.mailing.DeliveryStatus.Failed", mailingId))
                .add("unsubscribed", count("SELECT COUNT(u) FROM MailingUnsubscribe u, MailingQueueItem q, MailingJob j WHERE q.id = u.eventQueueId"
                        + " AND j.id = q.jobId AND j.isTest = FALSE AND q.mailingId = :m AND u.orgUnsubscribe = FALSE", mailingId))
                .add("opened", count("SELECT COUNT(DISTINCT o.eventQueueId) FROM MailingOpened o, MailingQueueItem q, MailingJob j"
                        + " WHERE q.id = o.eventQueueId AND j.id = q.jobId AND j.isTest = FALSE AND q.mailingId = :m", mailingId))
                .add("clicked", count("SELECT COUNT(DISTINCT c.eventQueueId) FROM MailingClick c, MailingQueueItem q, MailingJob j"
                        + " WHERE q.id = c.eventQueueId AND j.id = q.jobId AND j.isTest = FALSE AND q.mailingId = :m", mailingId))
                .add("opted_out", count("SELECT COUNT(u) FROM MailingUnsubscribe u, MailingQueueItem q, MailingJob j WHERE q.id = u.eventQueueId"
                        + " AND j.id = q.jobId AND j.isTest = FALSE AND q.mailingId = :m AND u.orgUnsubscribe = TRUE", mailingId))
                .build();
    }

    private long count(String jpql, long mailingId) {
        return em.createQuery(jpql, Long.class).setParameter("m", mailingId).getSingleResult();
    }
}
