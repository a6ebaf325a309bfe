package org.multisitecrm.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.security.DomainWork;

import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cron CiviCRM needs one of per domain: every minute, each domain's due jobs run in that domain's
 * scope, one after the other; one domain's trouble does not keep the next domain's jobs from running.
 * {@code crm.jobs.enabled=false} stops it (for a test that drives jobs itself).
 */
@Singleton
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Inject
    private JobRecords records;

    @Inject
    private JobRunner runner;

    @Inject
    @ConfigProperty(name = "crm.jobs.enabled", defaultValue = "true")
    private boolean enabled;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        if (!enabled) {
            return;
        }
        LocalDateTime now = LocalDateTime.now();
        for (long domainId : records.domains()) {
            try {
                DomainWork.run(domainId, "scheduled jobs", () -> records.due(now).forEach(runner::run));
            } catch (RuntimeException e) {
                // a job's own failure is logged by the runner; this is the job table itself failing for one domain
                LOG.log(Level.SEVERE, "Scheduled jobs of domain " + domainId + " could not be run", e);
            }
        }
    }
}
