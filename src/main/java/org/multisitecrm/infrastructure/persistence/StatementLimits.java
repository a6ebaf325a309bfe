package org.multisitecrm.infrastructure.persistence;

import org.eclipse.persistence.sessions.Session;

import java.util.concurrent.TimeUnit;

/**
 * The time any one JPA statement may run. MariaDB's driver turns the JDBC query timeout into the
 * server's own {@code max_statement_time}, so the database stops the work itself: a statement a client
 * made expensive does not go on burning CPU after the client has given up. Flyway's migrations use
 * JDBC directly and are not bounded.
 */
public final class StatementLimits {

    public static final int MAX_STATEMENT_SECONDS = 20;

    private StatementLimits() {
    }

    static void apply(Session session) {
        session.setQueryTimeoutUnitDefault(TimeUnit.SECONDS);
        session.setQueryTimeoutDefault(MAX_STATEMENT_SECONDS);
    }
}
