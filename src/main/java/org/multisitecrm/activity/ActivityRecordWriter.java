package org.multisitecrm.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;

import java.util.List;
import java.util.Map;

/**
 * An activity and its contacts in one write, as CiviCRM's APIv4 takes them: the source defaults to the
 * writing user's contact (so the writer sees what it wrote), and a contact list given on an update
 * replaces the links of its kind that the caller sees (those to contacts it cannot see stay). Each link
 * is written under the contact edit rule; a contact the caller does not see is answered as missing.
 */
@ApplicationScoped
class ActivityRecordWriter implements RecordWriter {

    private static final Map<String, Integer> CONTACT_FIELDS = Map.of("source_contact_id", ActivityContact.SOURCE,
            "target_contact_id", ActivityContact.TARGET, "assignee_contact_id", ActivityContact.ASSIGNEE);

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private EntityCatalog catalog;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        Activity activity = new Activity();
        catalog.applyFields(activity, values.without(CONTACT_FIELDS.keySet()));
        em.persist(activity);
        em.flush();
        if (!values.has("source_contact_id")) {
            long own = Caller.require().contactId().orElseThrow(() -> new InvalidInput("source_contact_id",
                    "is required: the writer has no contact on this domain to be the source"));
            link(activity.getId(), List.of(own), ActivityContact.SOURCE);
        }
        writeContacts(activity.getId(), values);
        return activity.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        Activity activity = find(id);
        RecordValues columns = values.without(CONTACT_FIELDS.keySet());
        if (!columns.isEmpty()) {
            catalog.applyFields(activity, columns);
            em.flush();
        }
        for (Map.Entry<String, Integer> kind : CONTACT_FIELDS.entrySet()) {
            if (values.has(kind.getKey())) {
                // the links the caller sees, each removed under its contact's edit rule; others' stay
                for (ActivityContact existing : em.createQuery("SELECT l FROM ActivityContact l WHERE l.activityId = :a"
                        + " AND l.recordTypeId = :t", ActivityContact.class).setParameter("a", id).setParameter("t", kind.getValue())
                        .getResultList()) {
                    em.remove(existing);
                }
                em.flush();
            }
        }
        writeContacts(id, values);
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        em.remove(find(id));
        em.flush();
    }

    private Activity find(long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null) {
            throw new NotFound("Activity", id);
        }
        return activity;
    }

    private void writeContacts(long activityId, RecordValues values) {
        for (Map.Entry<String, Integer> kind : CONTACT_FIELDS.entrySet()) {
            if (values.has(kind.getKey())) {
                link(activityId, values.ids(kind.getKey()), kind.getValue());
            }
        }
    }

    private void link(long activityId, List<Long> contactIds, int recordType) {
        String field = CONTACT_FIELDS.entrySet().stream().filter(e -> e.getValue() == recordType).findFirst().orElseThrow().getKey();
        for (long contactId : contactIds) {
            if (em.find(org.multisitecrm.contact.Contact.class, contactId) == null) {
                throw new InvalidInput(field, "no Contact has id " + contactId);
            }
            em.persist(new ActivityContact(activityId, contactId, recordType));
        }
        em.flush();
    }
}
