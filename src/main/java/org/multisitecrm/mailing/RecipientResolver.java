package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.group.GroupService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fixes a mailing's recipients when it is scheduled, as CiviCRM does, with the scheduler's own sight of
 * contacts (CiviCRM's "the sender's contact ACL also applies"): members of the Include groups (hard-added
 * and smart) and recipients of the Include mailings, minus those of the Exclude ones; then only contacts
 * who may be mailed (not do_not_email, opted out, deceased or in the trash) through their primary email,
 * not on hold; one message per address when the mailing dedupes by email. An SMS mailing goes to each
 * contact's mobile phone instead, unless they are do_not_sms.
 */
@ApplicationScoped
public class RecipientResolver {

    private static final int CHUNK = 1_000;
    /** CiviCRM's phone_type value for Mobile. */
    private static final long MOBILE = 2;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private GroupService groups;

    /** Writes the recipient rows; answers how many. The persistence context is cleared as it goes. */
    public int fix(long mailingId, boolean dedupeEmail, boolean sms) {
        Set<Long> included = new LinkedHashSet<>();
        Set<Long> excluded = new HashSet<>();
        for (MailingGroup target : em.createQuery("SELECT g FROM MailingGroup g WHERE g.mailingId = :m ORDER BY g.id", MailingGroup.class)
                .setParameter("m", mailingId).getResultList()) {
            Set<Long> contacts = MailingGroup.GROUP_TABLE.equals(target.getEntityTable()) ? groups.memberIds(target.getEntityId())
                    : new HashSet<>(em.createQuery("SELECT r.contactId FROM MailingRecipient r WHERE r.mailingId = :m", Long.class)
                    .setParameter("m", target.getEntityId()).getResultList());
            (target.getGroupType() == MailingGroupType.Exclude ? excluded : included).addAll(contacts);
        }
        included.removeAll(excluded);
        List<Long> candidates = new ArrayList<>(included);
        Set<String> addresses = new HashSet<>();
        int written = 0;
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<Long> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            Set<Long> reached = new HashSet<>();
            for (Object[] row : sms ? textable(chunk) : mailable(chunk)) {
                String address = ((String) row[2]).trim().toLowerCase(Locale.ROOT).replaceAll("[\\s().-]", "");
                if (!reached.add((Long) row[0]) || (dedupeEmail && !addresses.add(address))) {
                    continue;
                }
                em.persist(sms ? MailingRecipient.bySms(mailingId, (Long) row[0], (Long) row[1])
                        : new MailingRecipient(mailingId, (Long) row[0], (Long) row[1]));
                written++;
            }
            em.flush();
            em.clear();
        }
        return written;
    }

    private List<Object[]> mailable(List<Long> contacts) {
        return em.createQuery("SELECT c.id, e.id, e.email FROM Contact c, Email e WHERE e.contactId = c.id"
                        + " AND c.id IN :ids AND e.isPrimary = TRUE AND e.onHold = FALSE AND c.doNotEmail = FALSE"
                        + " AND c.isOptOut = FALSE AND c.isDeceased = FALSE AND c.isDeleted = FALSE ORDER BY c.id", Object[].class)
                .setParameter("ids", contacts).getResultList();
    }

    /** Each contact's mobile phones, primary first: CiviCRM's SMS rules (do_not_sms, opted out, deceased, trashed). */
    private List<Object[]> textable(List<Long> contacts) {
        return em.createQuery("SELECT c.id, p.id, p.phone FROM Contact c, Phone p WHERE p.contactId = c.id"
                        + " AND c.id IN :ids AND p.phoneTypeId = :mobile AND c.doNotSms = FALSE"
                        + " AND c.isOptOut = FALSE AND c.isDeceased = FALSE AND c.isDeleted = FALSE ORDER BY c.id, p.isPrimary DESC, p.id",
                        Object[].class)
                .setParameter("ids", contacts).setParameter("mobile", MOBILE).getResultList();
    }
}
