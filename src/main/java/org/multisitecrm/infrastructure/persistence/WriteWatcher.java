package org.multisitecrm.infrastructure.persistence;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Reports every write of an entity to {@link EntityChanges}: inserts, updates and deletes of objects
 * through their descriptors' events, and bulk JPQL updates and deletes through the session's queries.
 */
final class WriteWatcher extends SessionEventAdapter {

    static void apply(Session session) {
        WriteWatcher watcher = new WriteWatcher();
        session.getEventManager().addListener(watcher);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
                @Override
                public void postInsert(DescriptorEvent event) {
                    EntityChanges.written(type);
                }

                @Override
                public void postUpdate(DescriptorEvent event) {
                    EntityChanges.written(type);
                }

                @Override
                public void postDelete(DescriptorEvent event) {
                    EntityChanges.written(type);
                }
            });
        }
    }

    @Override
    public void postExecuteQuery(SessionEvent event) {
        if (event.getQuery() instanceof ModifyAllQuery bulk && bulk.getReferenceClass() != null) {
            EntityChanges.written(bulk.getReferenceClass());
        }
    }
}
