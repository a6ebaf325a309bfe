package org.multisitecrm.security.visibility;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.multisitecrm.infrastructure.RepeatingWork;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures every minute, and once at start-up, which viewer domains are wide ({@link ViewerBreadth}). Each domain costs at
 * most {@link ViewerBreadth#WIDE_FROM} index entries read, so a hundred domains take about a second.
 * Reads bookkeeping tables straight through the data source: the index is not an entity.
 */
@Singleton
public class ViewerBreadthJob {

    private static final Logger LOG = Logger.getLogger(ViewerBreadthJob.class.getName());

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> measuring;

    @PostConstruct
    void repeat() {
        measuring = RepeatingWork.every(executor, Duration.ofMinutes(1), Duration.ofMinutes(1), "Measuring wide viewers", this::measure);
    }

    @PreDestroy
    void stop() {
        measuring.cancel(false);
    }

    public void measure() {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> domains = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT viewer_domain_id FROM crm_domain_group_closure")) {
                while (rs.next()) {
                    domains.add(rs.getLong(1));
                }
            }
            Set<Long> wide = new HashSet<>();
            try (PreparedStatement count = connection.prepareStatement(ViewerBreadth.BOUNDED_COUNT_SQL)) {
                for (long domain : domains) {
                    count.setLong(1, domain);
                    try (ResultSet rs = count.executeQuery()) {
                        if (rs.next() && rs.getLong(1) >= ViewerBreadth.WIDE_FROM) {
                            wide.add(domain);
                        }
                    }
                }
            }
            ViewerBreadth.update(wide);
        } catch (SQLException e) {
            // a missed measurement keeps the last one: it changes query plans, never results
            LOG.log(Level.WARNING, "Could not measure which viewers are wide", e);
        }
    }
}
