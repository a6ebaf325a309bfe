package org.multisitecrm.api;

import org.multisitecrm.api.ApiErrorMapper.ApiError;

import java.net.ConnectException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failures of the database that a client should hear about plainly instead of as a 500: the database
 * unreachable (503, retry later), a statement stopped by the per-statement time limit, and a value
 * longer than its column (400 naming the column). Found anywhere in the cause chain, since JPA, JTA and
 * the pool each wrap the driver's exception.
 */
final class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class.getName());
    private static final int MARIADB_STATEMENT_TIMEOUT = 1969;
    private static final Pattern TOO_LONG = Pattern.compile("Data too long for column '([A-Za-z0-9_]+)'");

    private DatabaseFailures() {
    }

    static Optional<ApiError> describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isUnavailable(t)) {
                String what = t.toString();
                LOG.warning(() -> "Database unavailable: " + what);
                return Optional.of(new ApiError(503, "database_unavailable",
                        "The database is unavailable; nothing was changed. Try again in a moment"));
            }
            if (t instanceof SQLTimeoutException || t instanceof SQLException sql && sql.getErrorCode() == MARIADB_STATEMENT_TIMEOUT) {
                return Optional.of(new ApiError(400, "invalid_input", "The query ran longer than the database's limit of "
                        + org.multisitecrm.infrastructure.persistence.StatementLimits.MAX_STATEMENT_SECONDS + " s per statement (limit max_statement_time); narrow the where or page it"));
            }
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return Optional.of(new ApiError(409, "conflict", "Another request was changing the same records; nothing was changed. Try again"));
            }
            if (t instanceof SQLDataException data) {
                Matcher column = TOO_LONG.matcher(String.valueOf(data.getMessage()));
                return Optional.of(new ApiError(400, "invalid_input", column.find()
                        ? column.group(1) + ": is longer than the field allows" : "a value does not fit its field"));
            }
        }
        return Optional.empty();
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof jakarta.transaction.SystemException) {
            // the transaction manager could not end a transaction on its one resource, the database, whose own
            // error it logged but did not chain: a write that met the outage only when committing or rolling back
            return true;
        }
        String name = t.getClass().getName();
        String message = String.valueOf(t.getMessage());
        return name.startsWith("jakarta.resource.") || message.contains("Error in allocating a connection")
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
