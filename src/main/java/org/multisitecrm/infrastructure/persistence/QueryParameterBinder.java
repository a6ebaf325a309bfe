package org.multisitecrm.infrastructure.persistence;

import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.multisitecrm.infrastructure.persistence.criteria.QueryParameterSource;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Before each query, copies every access rule's parameters onto the entity manager's own sessions
 * (never the shared server session), so no service sets them and a query run with nothing bound
 * fails (EclipseLink-6174) instead of seeing every row.
 */
final class QueryParameterBinder extends SessionEventAdapter {

    private final List<QueryParameterSource> sources;

    QueryParameterBinder(List<QueryParameterSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public void preExecuteQuery(SessionEvent event) {
        for (QueryParameterSource source : sources) {
            Optional<Map<String, Object>> values = source.parameters(event.getQuery());
            for (Session session = event.getSession(); isPerEntityManager(session); session = ((AbstractSession) session).getParent()) {
                if (values.isEmpty()) {
                    source.names().forEach(session.getProperties()::remove);
                } else {
                    values.get().forEach(session::setProperty);
                }
            }
        }
    }

    private static boolean isPerEntityManager(Session session) {
        return session != null && (session.isUnitOfWork() || session.isClientSession());
    }
}
