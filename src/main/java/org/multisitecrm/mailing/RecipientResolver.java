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
 * not on hold; one message per address when the mailing dedupes by email.
 */
@ApplicationScoped
public class RecipientResolver {

    private static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private GroupService groups;

    /** Writes the recipient rows; answers how many. The persistence context is cleared as it goes. */
    public int fix(long mailingId, boolean dedupeEmail) {
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
            List<Object[]> mailable = em.createQuery("SELECT c.id, e.id, e.email FROM Contact c, Email e WHERE e.contactId = c.id"
                            + " AND c.id IN :ids AND e.isPrimary = TRUE AND e.onHold = FALSE AND c.doNotEmail = FALSE"
                            + " AND c.isOptOut = FALSE AND c.isDeceased = FALSE AND c.isDeleted = FALSE ORDER BY c.id", Object[].class)
                    .setParameter("ids", chunk).getResultList();
            for (Object[] row : mailable) {
                String address = ((String) row[2]).trim().toLowerCase(Locale.ROOT);
                if (dedupeEmail && !addresses.add(address)) {
                    continue;
                }
                em.persist(new MailingRecipient(mailingId, (Long) row[0], (Long) row[1]));
                written++;
            }
            em.flush();
            em.clear();
        }
        return written;
    }
}
