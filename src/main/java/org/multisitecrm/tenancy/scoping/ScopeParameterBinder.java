package org.multisitecrm.tenancy.scoping;

import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.multisitecrm.tenancy.DomainScope;

import java.util.Optional;

/**
 * Before each query, copies the thread's domain scope into the properties that the scoping criteria
 * read, on the entity manager's own sessions (never the shared server session). With no scope bound
 * the properties are removed, so a scoped query fails (EclipseLink-6174) instead of seeing all rows.
 */
class ScopeParameterBinder extends SessionEventAdapter {

    @Override
    public void preExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        Optional<DomainScope> scope = DomainScope.current();
        for (Session session = event.getSession(); isPerEntityManager(session); session = ((AbstractSession) session).getParent()) {
            if (scope.isEmpty()) {
                session.getProperties().remove(ScopeParameter.DOMAIN);
                session.getProperties().remove(ScopeParameter.ALL_DOMAINS);
                session.getProperties().remove(ScopeParameter.READING);
            } else {
                boolean all = scope.get().isAllDomains();
                session.setProperty(ScopeParameter.DOMAIN, all ? 0L : scope.get().domainId());
                session.setProperty(ScopeParameter.ALL_DOMAINS, all ? 1 : 0);
                session.setProperty(ScopeParameter.READING, query.isReadQuery() ? 1 : 0);
            }
        }
    }

    private static boolean isPerEntityManager(Session session) {
        return session != null && (session.isUnitOfWork() || session.isClientSession());
    }
}
