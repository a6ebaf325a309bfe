package org.multisitecrm.job;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.security.DomainWork;

import java.time.LocalDateTime;

/**
 * The cron CiviCRM needs one of per domain: every minute, each domain's due jobs run in that domain's
 * scope, one after the other. {@code crm.jobs.enabled=false} stops it (for a test that drives jobs itself).
 */
@Singleton
public class JobScheduler {

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
            DomainWork.run(domainId, "scheduled jobs", () -> records.due(now).forEach(runner::run));
        }
    }
}
