package org.multisitecrm.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * One server at a time migrates and provisions a database: servers started together (a cluster, a
 * rolling upgrade) take a lock held by the database itself, so the first does the work and the others
 * wait for it, then find nothing left to do. A server that dies while holding it releases it with its
 * connection.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    static final String NAME = "multisite-crm.start";
    static final Duration WAIT = Duration.ofMinutes(10);

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    public <T> T holding(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            acquire(connection);
            try {
                return work.get();
            } finally {
                release(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock could not be taken: " + e.getMessage(), e);
        }
    }

    private static void acquire(Connection connection) throws SQLException {
        if (tryLock(connection, 0)) {
            return;
        }
        LOG.info(() -> "Another server is migrating or provisioning this database; waiting up to " + WAIT.toMinutes() + " minutes");
        if (!tryLock(connection, WAIT.toSeconds())) {
            throw new IllegalStateException("Another server held the start-up lock '" + NAME + "' for more than "
                    + WAIT.toMinutes() + " minutes");
        }
        LOG.info("The other server's start is done; going on");
    }

    private static boolean tryLock(Connection connection, long seconds) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, NAME);
            lock.setLong(2, seconds);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static void release(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            unlock.setString(1, NAME);
            unlock.execute();
        }
    }
}
