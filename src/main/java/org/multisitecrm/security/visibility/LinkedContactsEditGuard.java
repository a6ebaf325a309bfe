package org.multisitecrm.security.visibility;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.audit.Refusals;

import java.util.List;

/**
 * Every UPDATE and DELETE of an entity seen through linked contacts (an activity): the caller must be
 * allowed to edit every contact it is linked to, including those it cannot see, so seeing one of them
 * is never enough to change what the others' domains see. The refusal names none of them. A new row
 * has no links yet; each link is guarded as it is written.
 */
final class LinkedContactsEditGuard extends DescriptorEventAdapter {

    private final String entity;
    private final VisibleThroughLinkedContacts link;

    LinkedContactsEditGuard(String entity, VisibleThroughLinkedContacts link) {
        this.entity = entity;
        this.link = link;
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        requireEditable(event, "update");
    }

    @Override
    public void aboutToDelete(DescriptorEvent event) {
        requireEditable(event, "delete");
    }

    private void requireEditable(DescriptorEvent event, String action) {
        Caller caller = Caller.require();
        if (caller.isSystem()) {
            return;
        }
        Object id = event.getDescriptor().getObjectBuilder().extractPrimaryKeyFromObject(event.getSource(), event.getSession());
        DataReadQuery query = new DataReadQuery(new SQLCall("SELECT " + link.contact() + " FROM " + link.table()
                + " WHERE " + link.key() + " = #id"));
        query.setAllowNativeSQLQuery(true);
        query.addArgument("id");
        for (Object row : (List<?>) event.getSession().executeQuery(query, List.of(id))) {
            Object contactId = row instanceof java.util.Map<?, ?> map ? map.values().iterator().next() : row;
            if (!ContactAccess.canEdit(event.getSession(), caller, ((Number) contactId).longValue())) {
                throw Refusals.refuse(entity, ((Number) id).longValue(), action,
                        "changing it needs edit access to every contact it concerns");
            }
        }
    }
}
