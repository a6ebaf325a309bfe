package org.multisitecrm.security.visibility;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.multisitecrm.infrastructure.RepeatingWork;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link VisibilityCountFolding} every half minute, so that a count never sums more than what
 * was written to the index since; the first run comes right after start-up, in the background, for
 * rows written while the server was down (a load by SQL leaves one per contact and viewer).
 * Straight through the data source: the counts are not entities.
 */
@Startup
@Singleton
@DependsOn("StartupSequence")
public class VisibilityCountFoldingJob {

    private static final Logger LOG = Logger.getLogger(VisibilityCountFoldingJob.class.getName());
    private static final Duration EVERY = Duration.ofSeconds(30);

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> folding;

    @PostConstruct
    void repeat() {
        folding = RepeatingWork.every(executor, Duration.ofSeconds(1), EVERY, "Folding the visibility counts", this::fold);
    }

    @PreDestroy
    void stop() {
        folding.cancel(false);
    }

    void fold() {
        try (Connection connection = dataSource.getConnection()) {
            long removed = VisibilityCountFolding.fold(connection);
            if (removed > 0) {
                LOG.fine(() -> "Visibility counts folded: " + removed + " rows fewer");
            }
        } catch (SQLException e) {
            // a count is right whatever is left unfolded: only slower to read until the next run
            LOG.log(Level.WARNING, "Could not fold the visibility counts", e);
        }
    }
}
