package org.multisitecrm.security.visibility;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.audit.Refusals;

/**
 * Every INSERT, UPDATE and DELETE of a contact or of a row hanging off contacts, however it was
 * issued: the caller must be allowed to edit each contact it names. Creating a contact needs 'edit all
 * contacts (in domain)'; deleting one permanently also needs 'delete contacts'. Refusals are audited.
 */
final class ContactEditGuard extends DescriptorEventAdapter {

    private final String entity;
    private final VisibleThroughContact rule;
    private final boolean isContact;

    ContactEditGuard(String entity, VisibleThroughContact rule) {
        this.entity = entity;
        this.rule = rule;
        this.isContact = rule.hidesTrashed();
    }

    @Override
    public void aboutToInsert(DescriptorEvent event) {
        Caller caller = Caller.require();
        if (isContact) {
            if (!(caller.isSystem() || caller.has(Permission.EDIT_ALL_CONTACTS) || caller.has(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN))) {
                throw Refusals.refuse(entity, null, "create", "creating contacts needs 'edit all contacts' or 'edit all contacts in domain'");
            }
            return;
        }
        requireEditable(event, caller, "create");
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        if (isContact) {
            ContactAccess.recordCreated(event.getSession(), contactIds(event)[0]);
        }
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        requireEditable(event, Caller.require(), "update");
    }

    @Override
    public void aboutToDelete(DescriptorEvent event) {
        Caller caller = Caller.require();
        if (isContact && !caller.has(Permission.DELETE_CONTACTS)) {
            throw Refusals.refuse(entity, contactIds(event)[0], "delete", "deleting a contact permanently needs 'delete contacts'");
        }
        requireEditable(event, caller, "delete");
    }

    private void requireEditable(DescriptorEvent event, Caller caller, String action) {
        for (long contactId : contactIds(event)) {
            if (!ContactAccess.canEdit(event.getSession(), caller, contactId)) {
                throw Refusals.refuse(entity, isContact ? contactId : idOf(event), action,
                        "contact " + contactId + " cannot be edited by " + caller);
            }
        }
    }

    private long[] contactIds(DescriptorEvent event) {
        long[] ids = new long[rule.value().length];
        for (int i = 0; i < ids.length; i++) {
            DatabaseMapping mapping = event.getDescriptor().getMappingForAttributeName(rule.value()[i]);
            ids[i] = ((Number) mapping.getAttributeValueFromObject(event.getSource())).longValue();
        }
        return ids;
    }

    private static Long idOf(DescriptorEvent event) {
        Object id = event.getDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(event.getSource(), event.getSession());
        return id instanceof Number number ? number.longValue() : null;
    }
}
