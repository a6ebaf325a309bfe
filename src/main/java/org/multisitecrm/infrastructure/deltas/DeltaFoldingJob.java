package org.multisitecrm.infrastructure.deltas;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.multisitecrm.infrastructure.RepeatingWork;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;
import org.multisitecrm.infrastructure.startup.StartupState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link DeltaFolding} over every {@link DeltaTables}' tables every half minute, so that a read
 * never sums more than what was written since; the first run comes right after start-up, in the
 * background, for rows written while the server was down (a load by SQL leaves one per contact).
 * Straight through the data source: the tables are not entities.
 */
@Startup
@Singleton
@DependsOn("StartupSequence")
public class DeltaFoldingJob {

    private static final Logger LOG = Logger.getLogger(DeltaFoldingJob.class.getName());
    private static final Duration EVERY = Duration.ofSeconds(30);

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    @Any
    private Instance<DeltaTables> owners;

    @Inject
    private StartupState startup;

    private ScheduledFuture<?> folding;

    @PostConstruct
    void repeat() {
        folding = RepeatingWork.every(executor, Duration.ofSeconds(1), EVERY, "Folding the tables of deltas", this::fold);
    }

    @PreDestroy
    void stop() {
        folding.cancel(false);
    }

    void fold() {
        if (!startup.isReady()) {
            return; // the schema may still be migrating
        }
        for (DeltaTables owner : owners) {
            for (DeltaTable table : owner.deltaTables()) {
                try (Connection connection = dataSource.getConnection()) {
                    long removed = DeltaFolding.fold(connection, table);
                    LOG.fine(() -> table.name() + " folded: " + removed + " rows fewer");
                } catch (SQLException e) {
                    // a sum is right whatever is left unfolded: only slower to read until the next run
                    LOG.log(Level.WARNING, "Could not fold " + table.name(), e);
                }
            }
        }
    }
}
