package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemStatus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A domain's active job that has not run within twice its frequency (CiviCRM's "cron not running"
 * check, per domain here): its work, such as membership statuses, is falling behind.
 */
@ApplicationScoped
public class OverdueJobCheck implements SystemCheck {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public List<SystemStatus> check() {
        LocalDateTime now = LocalDateTime.now();
        List<SystemStatus> overdue = new ArrayList<>();
        for (Job job : em.createQuery("SELECT j FROM Job j WHERE j.isActive = TRUE AND j.lastRun IS NOT NULL ORDER BY j.id", Job.class)
                .getResultList()) {
            RunFrequency frequency = job.getRunFrequency();
            if (frequency != RunFrequency.Always && now.isAfter(frequency.nextAfter(frequency.nextAfter(job.getLastRun())))) {
                overdue.add(SystemStatus.warning("checkLastCron", "Scheduled job overdue", "The job '" + job.getName() + "' ("
                        + frequency + ") last ran at " + job.getLastRun().withNano(0) + ": check that the scheduler runs"
                        + " (crm.jobs.enabled) and the job's log."));
            }
        }
        return overdue;
    }
}
