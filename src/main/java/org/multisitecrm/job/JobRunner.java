package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one of the bound domain's jobs now: takes its lease, runs its handler as the server's own work
 * for that domain, and logs the outcome. A failing job is logged (and retried at its next slot); it
 * never stops the jobs after it.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    private Instance<JobHandler> handlers;

    @Inject
    private JobRecords records;

    /** The run's log row, or empty when another run of the job holds its lease. */
    public Optional<JobLog> run(long jobId) {
        long domainId = DomainScope.require().domainId();
        LocalDateTime started = LocalDateTime.now();
        String owner = UUID.randomUUID().toString();
        if (!records.lease(jobId, owner, started)) {
            return Optional.empty();
        }
        Job job = records.job(jobId);
        if (job == null) {
            return Optional.empty();
        }
        String description;
        String data = null;
        try {
            JobHandler handler = handlers.stream()
                    .filter(h -> h.apiEntity().equals(job.getApiEntity()) && h.apiAction().equals(job.getApiAction()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no job does " + job.command()));
            data = DomainWork.call(domainId, "job " + job.getName(), () -> handler.run(job.parameterMap(), started));
            description = "Finished execution of " + job.getName() + " with result: Success";
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job.command() + " failed on domain " + domainId, e);
            description = "Finished execution of " + job.getName() + " with result: Failure, Error message: " + e.getMessage();
        }
        return Optional.of(records.finish(job, owner, started, LocalDateTime.now(), description, data));
    }
}
