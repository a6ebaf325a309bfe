package org.multisitecrm.membership;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.multisitecrm.security.Caller;
import org.multisitecrm.tenancy.DomainScope;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * CiviCRM's {@code Job.process_membership}, daily: each membership's status follows its dates (New,
 * then Current, Grace, Expired), overrides whose end date has passed are lifted, and statuses set by
 * people (Pending, Cancelled, Deceased) or final (Expired) are left alone. The statuses are shared,
 * so the job runs once over every domain's memberships, in batches by id.
 */
@Singleton
public class MembershipStatusJob {

    private static final Logger LOG = Logger.getLogger(MembershipStatusJob.class.getName());
    private static final int BATCH = 1_000;

    @Inject
    private MembershipStatusBatch batches;

    @Schedule(hour = "0", minute = "10", persistent = false)
    public void daily() {
        run(LocalDate.now());
    }

    /** The statuses as of {@code on}; answers how many memberships changed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate on) {
        long started = System.nanoTime();
        int[] totals = new int[2];
        Caller.system("membership status job").run(() -> DomainScope.allDomains("membership status job").run(() -> {
            long after = 0;
            MembershipStatusBatch.Outcome outcome;
            do {
                outcome = batches.next(after, on, BATCH);
                after = outcome.lastId();
                totals[0] += outcome.read();
                totals[1] += outcome.changed();
            } while (outcome.read() == BATCH);
        }));
        LOG.info(() -> "Membership statuses as of " + on + ": " + totals[1] + " of " + totals[0] + " memberships changed in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return totals[1];
    }
}
