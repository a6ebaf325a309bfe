package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.job.JobHandler;
import org.multisitecrm.job.RunFrequency;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * CiviCRM's {@code Job.process_membership}, run daily for each domain by the scheduled jobs: each of the
 * domain's memberships follows its dates (New, then Current, Grace, Expired), overrides whose end date
 * has passed are lifted, and statuses set by people (Pending, Cancelled, Deceased) or final (Expired) are
 * left alone. Unlike CiviCRM's, whose query has no domain clause, it touches the bound domain's
 * memberships only, in batches by id.
 */
@ApplicationScoped
public class MembershipStatusJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(MembershipStatusJob.class.getName());
    private static final int BATCH = 1_000;

    @Inject
    private MembershipStatusBatch batches;

    @Override
    public String apiEntity() {
        return "Job";
    }

    @Override
    public String apiAction() {
        return "process_membership";
    }

    @Override
    public Template template() {
        return new Template("Update Membership Statuses",
                "Updates the statuses of the domain's memberships from their dates", RunFrequency.Daily, true);
    }

    @Override
    public String run(Map<String, String> parameters, LocalDateTime now) {
        return run(now.toLocalDate()) + " memberships changed status";
    }

    /** The bound domain's statuses as of {@code on}; answers how many memberships changed. */
    public int run(LocalDate on) {
        long started = System.nanoTime();
        long domainId = DomainScope.require().domainId();
        int[] totals = new int[2];
        long after = 0;
        MembershipStatusBatch.Outcome outcome;
        do {
            outcome = batches.next(after, on, BATCH);
            after = outcome.lastId();
            totals[0] += outcome.read();
            totals[1] += outcome.changed();
        } while (outcome.read() == BATCH);
        LOG.info(() -> "Membership statuses of domain " + domainId + " as of " + on + ": " + totals[1] + " of " + totals[0]
                + " memberships changed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return totals[1];
    }
}
