package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.group.GroupContactStatus;
import org.multisitecrm.group.GroupService;
import org.multisitecrm.security.NotFound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a recipient's link does, on the sending domain's host, as the server's own work for that domain:
 * the queue row it names must be of this domain and carry the link's hash, else the link is "not valid"
 * (the same answer whether the row is missing, another domain's or the hash is forged). Unsubscribe
 * removes the contact from the mailing's included groups; opt-out sets {@code is_opt_out}. Each is
 * recorded once, as CiviCRM's unsubscribe event.
 */
@ApplicationScoped
public class MailingLinkActions {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private GroupService groups;

    /** The queue row a link names, checked against its hash. */
    @Transactional
    public MailingQueueItem verified(long queueId, String hash) {
        MailingQueueItem item = em.find(MailingQueueItem.class, queueId);
        if (item == null || !hashMatches(item, hash)) {
            throw new NotFound("This link is not valid");
        }
        return item;
    }

    /** Answers false when this message's recipient had already left this way. */
    @Transactional
    public boolean unsubscribe(long queueId, String hash) {
        MailingQueueItem item = verified(queueId, hash);
        if (alreadyRecorded(queueId, false)) {
            return false;
        }
        List<Long> included = em.createQuery("SELECT g.entityId FROM MailingGroup g WHERE g.mailingId = :m"
                + " AND g.groupType = org.multisitecrm.mailing.MailingGroupType.Include"
                + " AND g.entityTable = :t", Long.class).setParameter("m", item.getMailingId())
                .setParameter("t", MailingGroup.GROUP_TABLE).getResultList();
        for (long group : included) {
            groups.setGroupContact(group, item.getContactId(), GroupContactStatus.Removed);
        }
        em.persist(new MailingUnsubscribe(queueId, LocalDateTime.now(), false));
        return true;
    }

    @Transactional
    public boolean optOut(long queueId, String hash) {
        MailingQueueItem item = verified(queueId, hash);
        if (alreadyRecorded(queueId, true)) {
            return false;
        }
        Contact contact = em.find(Contact.class, item.getContactId());
        if (contact != null) {
            contact.optOut();
        }
        em.persist(new MailingUnsubscribe(queueId, LocalDateTime.now(), true));
        return true;
    }

    /**
     * Where a tracked link leads: the link itself, when it is one of this domain's; the click is counted
     * when the queue row and its hash are of a message of that same mailing (a forwarded or mangled link
     * still leads on, and counts nothing).
     */
    @Transactional
    public String click(long trackableUrlId, long queueId, String hash) {
        MailingTrackableUrl link = em.find(MailingTrackableUrl.class, trackableUrlId);
        if (link == null) {
            throw new NotFound("This link is not valid");
        }
        MailingQueueItem item = em.find(MailingQueueItem.class, queueId);
        if (item != null && hashMatches(item, hash) && item.getMailingId().equals(link.getMailingId())) {
            em.persist(new MailingClick(queueId, trackableUrlId, LocalDateTime.now()));
        }
        return link.getUrl();
    }

    /** Counts an open of the message, when the queue row and its hash match; answers nothing either way. */
    @Transactional
    public void opened(long queueId, String hash) {
        MailingQueueItem item = em.find(MailingQueueItem.class, queueId);
        if (item != null && hashMatches(item, hash)) {
            em.persist(new MailingOpened(queueId, LocalDateTime.now()));
        }
    }

    /** The mailing a web-view link names, checked against the mailing's own hash. */
    @Transactional
    public Mailing viewable(long mailingId, String hash) {
        Mailing mailing = em.find(Mailing.class, mailingId);
        if (mailing == null || mailing.getHash() == null || hash == null || mailing.getStatus() == MailingStatus.Draft
                || !MessageDigest.isEqual(mailing.getHash().getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))) {
            throw new NotFound("This link is not valid");
        }
        return mailing;
    }

    private static boolean hashMatches(MailingQueueItem item, String hash) {
        return hash != null && MessageDigest.isEqual(item.getHash().getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8));
    }

    private boolean alreadyRecorded(long queueId, boolean orgUnsubscribe) {
        return em.createQuery("SELECT COUNT(u) FROM MailingUnsubscribe u WHERE u.eventQueueId = :q AND u.orgUnsubscribe = :o", Long.class)
                .setParameter("q", queueId).setParameter("o", orgUnsubscribe).getSingleResult() > 0;
    }
}
