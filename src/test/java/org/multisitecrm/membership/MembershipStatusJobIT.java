package org.multisitecrm.membership;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.testing.InContainer;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The daily status job in Payara on MariaDB: as the days pass a membership goes New, Current, Grace,
 * Expired and stays there; a status set by hand holds until its override ends, and for good without an
 * end; a domain's run changes that domain's memberships alone (CiviCRM's has no domain clause). The
 * scheduler is off here: the test runs the job itself, for dates to come.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipStatusJobIT {

    private static final String NORTH = "Branch North";
    private static final String SOUTH = "Branch South";
    private static final long NEW = 1;
    private static final long CURRENT = 2;
    private static final long GRACE = 3;
    private static final long EXPIRED = 4;
    private static final long PENDING = 5;
    private static final long CANCELLED = 6;

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("it-membership-db", "crm.jobs.enabled=false\n").addClasses(MembershipStatusJobIT.class);
    }

    @Inject private InContainer container;
    @Inject private MembershipService memberships;
    @Inject private MembershipStatusJob job;

    private long create(String domain, String contact, LocalDate joined, Long heldStatus, LocalDate heldUntil) {
        return container.as(domain.equals(NORTH) ? "north" : "south", domain, () -> {
            long type = container.query("SELECT t.id FROM MembershipType t", Long.class).get(0);
            return memberships.create(new MembershipSpec(container.contact(contact), type, joined, null, null, "job test",
                    heldStatus, heldStatus != null, heldUntil, false, false, null)).getId();
        });
    }

    /** The job as the scheduler runs it: the server's own work for one domain. */
    private int runFor(String domain, LocalDate on) {
        return DomainWork.call(container.domain(domain), "status job test", () -> job.run(on));
    }

    private Membership read(String domain, long id) {
        return container.as(domain.equals(NORTH) ? "north" : "south", domain, () -> memberships.get(id));
    }

    @Test
    void statusesFollowTheDatesAndHeldStatusesHoldUntilTheirOverrideEnds() {
        LocalDate today = LocalDate.now();
        long fresh = create(NORTH, "Nyberg, Ned", today, null, null);
        long held = create(NORTH, "Nyberg, Ned", today, PENDING, today.plusMonths(1));
        long cancelled = create(NORTH, "Nyberg, Ned", today, CANCELLED, null);
        long south = create(SOUTH, "Sandoval, Sam", today, null, null);
        assertEquals(NEW, read(NORTH, fresh).getStatusId());
        assertEquals(PENDING, read(NORTH, held).getStatusId());

        assertTrue(runFor(NORTH, today.plusMonths(4)) >= 2, "fresh and held (its override over) became Current");
        assertEquals(CURRENT, read(NORTH, fresh).getStatusId());
        assertEquals(CURRENT, read(NORTH, held).getStatusId());
        assertFalse(read(NORTH, held).isOverride(), "the override ended, so the dates decide again");
        assertEquals(CANCELLED, read(NORTH, cancelled).getStatusId(), "an override without an end holds");
        assertEquals(NEW, read(SOUTH, south).getStatusId(), "North's run touches North's memberships only");
        runFor(SOUTH, today.plusMonths(4));
        assertEquals(CURRENT, read(SOUTH, south).getStatusId());

        runFor(NORTH, today.plusYears(1).plusDays(3));
        assertEquals(GRACE, read(NORTH, fresh).getStatusId());
        runFor(NORTH, today.plusYears(1).plusMonths(2));
        assertEquals(EXPIRED, read(NORTH, fresh).getStatusId());
        assertEquals(0, runFor(NORTH, today.plusYears(1).plusMonths(2)), "a second run the same day changes nothing");
        assertEquals(CANCELLED, read(NORTH, cancelled).getStatusId());
    }
}
