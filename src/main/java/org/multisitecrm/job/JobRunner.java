package org.multisitecrm.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.multisitecrm.cluster.Grid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one of the bound domain's jobs now: takes its lease, runs its handler as the server's own work
 * for that domain, and logs the outcome. The lease lasts {@code crm.jobs.lease-seconds} and is renewed
 * while the run goes on, so a server that dies mid-run (a long mailing) leaves the job to another, or to
 * itself restarted, within that time. A failing job is logged (and retried at its next slot); it
 * never stops the jobs after it.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    private Instance<JobHandler> handlers;

    @Inject
    private JobRecords records;

    @Inject
    private JobWork work;

    @Resource
    private ManagedScheduledExecutorService renewals;

    @Inject
    private Grid grid;

    @Inject
    @ConfigProperty(name = "crm.jobs.lease-seconds", defaultValue = "120")
    private long leaseSeconds;

    /** Runs the job now, due or not ({@code Job.execute}): the run's log row, or empty when another run holds its lease. */
    public Optional<JobLog> run(long jobId) {
        return run(jobId, false);
    }

    /** Runs the job if it is still due once leased (the scheduler): empty when not run. */
    public Optional<JobLog> runIfDue(long jobId) {
        return run(jobId, true);
    }

    private Optional<JobLog> run(long jobId, boolean onlyIfDue) {
        long domainId = DomainScope.require().domainId();
        LocalDateTime started = LocalDateTime.now();
        String owner = leaseOwner();
        if (!records.lease(jobId, owner, started, onlyIfDue, leaseSeconds)) {
            return Optional.empty();
        }
        long every = Math.max(1, leaseSeconds / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> DomainWork.run(domainId, "renewing a job's lease",
                () -> records.renew(jobId, owner, LocalDateTime.now(), leaseSeconds)), every, every, TimeUnit.SECONDS);
        try {
            return Optional.ofNullable(leased(jobId, owner, started, domainId));
        } finally {
            renewal.cancel(false);
        }
    }

    /**
     * This run, as the lease names it: the server's name first, so that an operator (or a test) reading the
     * job table sees which server holds a job; then what tells this run from the server's others.
     */
    private String leaseOwner() {
        String server = grid.memberName();
        return (server.length() > 27 ? server.substring(0, 27) : server) + "/" + UUID.randomUUID();
    }

    private JobLog leased(long jobId, String owner, LocalDateTime started, long domainId) {
        Job job = records.job(jobId);
        if (job == null) {
            return null;
        }
        String description;
        String data = null;
        try {
            JobHandler handler = handlers.stream()
                    .filter(h -> h.apiEntity().equals(job.getApiEntity()) && h.apiAction().equals(job.getApiAction()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no job does " + job.command()));
            if (handler.template().serverWide() && domainId != records.headOfficeDomainId()) {
                // a branch's own copy of a shared-data job would let it purge or redo what is everybody's
                throw new IllegalStateException(job.command() + " works on shared data and runs on head office's domain only");
            }
            data = work.outsideTransaction(() -> DomainWork.call(domainId, "job " + job.getName(),
                    () -> handler.run(job.parameterMap(), started)));
            description = "Finished execution of " + job.getName() + " with result: Success";
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + job.command() + " failed on domain " + domainId, e);
            description = "Finished execution of " + job.getName() + " with result: Failure, Error message: " + e.getMessage();
        }
        return records.finish(job, owner, started, LocalDateTime.now(), description, data);
    }
}
