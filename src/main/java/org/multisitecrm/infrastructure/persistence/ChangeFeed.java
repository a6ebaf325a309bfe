package org.multisitecrm.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the in-memory copies of several servers on one database in step: each committed write of a type
 * some cache watches is a row of {@code crm_change_event}, and every {@code crm.change-feed.millis} (250)
 * each server reads the rows the others wrote and drops its own copies of those types. A change on one
 * server is in force on the others within that poll. Rows older than five minutes are removed.
 * Reads and writes the table on connections of its own, outside any request's transaction.
 */
@Singleton
@Startup
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final String ORIGIN = UUID.randomUUID().toString();
    private static final int PRUNE_EVERY = 240;

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private ManagedExecutorService publishing;

    @Inject
    @ConfigProperty(name = "crm.change-feed.millis", defaultValue = "250")
    private long millis;

    private static final long OVERLAP = 100;

    private volatile long lastSeen;
    private final java.util.Set<Long> handled = new java.util.HashSet<>();
    private int polls;
    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        lastSeen = query("SELECT COALESCE(MAX(id), 0) FROM crm_change_event");
        EntityChanges.publishTo(type -> publishing.submit(() -> publish(type)));
        polling = scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void publish(Class<?> type) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO crm_change_event (entity, origin, created_date) VALUES (?, ?, NOW(3))")) {
            insert.setString(1, type.getName());
            insert.setString(2, ORIGIN);
            insert.executeUpdate();
        } catch (SQLException e) {
            // the other servers then keep their copies until their lifetime ends (the caller cache's seconds)
            LOG.log(Level.WARNING, "Could not tell the other servers that " + type.getSimpleName() + " changed", e);
        }
    }

    private void poll() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "SELECT id, entity, origin FROM crm_change_event WHERE id > ? ORDER BY id")) {
            // a few ids back again: a row may commit after a later id was read, and each row is acted on once
            read.setLong(1, Math.max(0, lastSeen - OVERLAP));
            java.util.Set<String> types = new java.util.LinkedHashSet<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (handled.add(id) && !ORIGIN.equals(rs.getString(3))) {
                        types.add(rs.getString(2));
                    }
                    lastSeen = Math.max(lastSeen, id);
                }
            }
            handled.removeIf(id -> id <= lastSeen - OVERLAP);
            for (String type : types) {
                try {
                    EntityChanges.writtenElsewhere(Class.forName(type, false, ChangeFeed.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    LOG.fine(() -> "A change of " + type + ", which this server does not know");
                }
            }
            if (++polls % PRUNE_EVERY == 0) {
                try (Statement prune = connection.createStatement()) {
                    prune.executeUpdate("DELETE FROM crm_change_event WHERE created_date < NOW(3) - INTERVAL 5 MINUTE");
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The change feed could not be read this time", e);
        }
    }

    private long query(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed: " + e.getMessage(), e);
        }
    }
}
