package org.multisitecrm.job;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.multisitecrm.infrastructure.RepeatingWork;
import org.multisitecrm.infrastructure.startup.StartupState;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.security.DomainWork;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cron CiviCRM needs one of per domain: at every tick (a minute unless {@code crm.jobs.tick-seconds}
 * says otherwise), each domain's due jobs run in that domain's scope, one after the other; one domain's
 * trouble does not keep the next domain's jobs from running. Several servers on one database all tick:
 * the job's lease, re-checked for due-ness once held, makes each due job run once.
 * {@code crm.jobs.enabled=false} stops it (for a test that drives jobs itself).
 */
@Singleton
@Startup
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    private JobRecords records;

    @Inject
    private JobRunner runner;

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private StartupState startup;

    private ScheduledFuture<?> ticking;

    @Inject
    @ConfigProperty(name = "crm.jobs.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "crm.jobs.tick-seconds", defaultValue = "60")
    private long tickSeconds;

    @PostConstruct
    void start() {
        if (enabled) {
            Duration tick = Duration.ofSeconds(Math.max(1, tickSeconds));
            ticking = RepeatingWork.every(executor, tick, tick, "The scheduler's tick", this::tick);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** Runs on the executor's thread, outside any transaction: each job's work takes its own. */
    void tick() {
        if (!startup.isReady()) {
            return; // a long migration may still be running
        }
        LocalDateTime now = LocalDateTime.now();
        for (long domainId : records.domains()) {
            try {
                DomainWork.run(domainId, "scheduled jobs", () -> records.due(now).forEach(runner::runIfDue));
            } catch (RuntimeException e) {
                // a job's own failure is logged by the runner; this is the job table itself failing for one domain
                LOG.log(Level.SEVERE, "Scheduled jobs of domain " + domainId + " could not be run", e);
            }
        }
    }
}
