package org.multisitecrm.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.group.ContactGroup;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;


/**
 * A mailing's groups: Include or Exclude of a group the writer sees, or of one of the domain's earlier
 * mailings; only while the mailing is a Draft (its recipients are fixed when it is scheduled).
 */
@ApplicationScoped
public class MailingGroupRules implements RecordCheck {


    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        MailingGroup existing = id == null ? null : em.find(MailingGroup.class, id);
        Long mailingId = values.has("mailing_id") ? (Long) values.get("mailing_id") : existing == null ? null : existing.getMailingId();
        if (mailingId != null) {
            Mailing mailing = em.find(Mailing.class, mailingId);
            if (mailing != null && mailing.getStatus() != MailingStatus.Draft) {
                throw new Conflict("mailing " + mailingId + " is " + mailing.getStatus() + ": its recipients were fixed when it was scheduled");
            }
        }
        Object type = values.has("group_type") ? values.get("group_type") : existing == null ? null : existing.getGroupType();
        if (type == MailingGroupType.Base) {
            throw new InvalidInput("group_type", "Include or Exclude: Base groups (for A/B tests and re-sends) are not supported");
        }
        String table = values.has("entity_table") ? (String) values.get("entity_table") : existing == null ? null : existing.getEntityTable();
        Long entityId = values.has("entity_id") ? (Long) values.get("entity_id") : existing == null ? null : existing.getEntityId();
        if (table == null || entityId == null) {
            return;
        }
        boolean found = switch (table) {
            case MailingGroup.GROUP_TABLE -> em.find(ContactGroup.class, entityId) != null;
            case MailingGroup.MAILING_TABLE -> !entityId.equals(mailingId) && em.find(Mailing.class, entityId) != null;
            default -> throw new InvalidInput("entity_table", "civicrm_group or civicrm_mailing, not '" + table + "'");
        };
        if (!found) {
            throw new InvalidInput("entity_id", "no " + (table.equals(MailingGroup.GROUP_TABLE) ? "group" : "other mailing")
                    + " you can see has id " + entityId);
        }
    }
}
