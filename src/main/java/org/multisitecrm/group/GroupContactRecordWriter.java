package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;


/**
 * Group membership through {@link GroupService}, which checks that the caller manages the group and
 * sees the contact (no hard-adding a contact one cannot see). CiviCRM's delete of a membership is a
 * status change to Removed, so the history stays.
 */
@ApplicationScoped
class GroupContactRecordWriter implements RecordWriter {

    @Inject
    private GroupService groups;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        Long group = (Long) values.get("group_id");
        Long contact = (Long) values.get("contact_id");
        if (group == null || contact == null) {
            throw new InvalidInput(group == null ? "group_id" : "contact_id", "is required");
        }
        GroupContactStatus status = (GroupContactStatus) values.get("status");
        return groups.setGroupContact(group, contact, status == null ? GroupContactStatus.Added : status).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        GroupContact membership = find(id);
        GroupContactStatus status = (GroupContactStatus) values.get("status");
        if (status != null) {
            groups.setGroupContact(membership.getGroupId(), membership.getContactId(), status);
        }
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        GroupContact membership = find(id);
        groups.setGroupContact(membership.getGroupId(), membership.getContactId(), GroupContactStatus.Removed);
    }

    private GroupContact find(long id) {
        GroupContact membership = em.find(GroupContact.class, id);
        if (membership == null) {
            throw new NotFound("GroupContact", id);
        }
        return membership;
    }

}
