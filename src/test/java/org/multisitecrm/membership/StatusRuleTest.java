package org.multisitecrm.membership;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CiviCRM's status rules over dates, with its seven seeded statuses, without a container. */
class StatusRuleTest {

    private static final List<StatusRule> SEEDED = List.of(
            new StatusRule(1, "New", MembershipEvent.join_date, null, null, MembershipEvent.join_date, AdjustUnit.month, 3, true, false, 1, true),
            new StatusRule(2, "Current", MembershipEvent.start_date, null, null, MembershipEvent.end_date, null, null, true, false, 2, true),
            new StatusRule(3, "Grace", MembershipEvent.end_date, null, null, MembershipEvent.end_date, AdjustUnit.month, 1, true, false, 3, true),
            new StatusRule(4, "Expired", MembershipEvent.end_date, AdjustUnit.month, 1, null, null, null, false, false, 4, true),
            new StatusRule(5, "Pending", MembershipEvent.join_date, null, null, MembershipEvent.join_date, null, null, false, false, 5, true),
            new StatusRule(6, "Cancelled", MembershipEvent.join_date, null, null, MembershipEvent.join_date, null, null, false, false, 6, true),
            new StatusRule(7, "Deceased", null, null, null, null, null, null, false, true, 7, true));

    private static final MembershipPeriod YEAR_2026 = new MembershipPeriod(of(2026, 1, 10), of(2026, 1, 10), of(2027, 1, 9));

    private static String on(LocalDate day, MembershipPeriod period) {
        return StatusRule.first(SEEDED, period, day, false).map(StatusRule::name).orElse("none");
    }

    @Test
    void aMembershipIsNewThenCurrentThenInGraceThenExpired() {
        assertEquals("none", on(of(2026, 1, 9), YEAR_2026), "before it begins, nothing applies");
        assertEquals("New", on(of(2026, 1, 10), YEAR_2026));
        assertEquals("New", on(of(2026, 4, 10), YEAR_2026), "New holds three months from joining, inclusive");
        assertEquals("Current", on(of(2026, 4, 11), YEAR_2026));
        assertEquals("Current", on(of(2027, 1, 8), YEAR_2026));
        assertEquals("Current", on(of(2027, 1, 9), YEAR_2026), "the end date is still Current: weight decides over Grace");
        assertEquals("Grace", on(of(2027, 1, 10), YEAR_2026));
        assertEquals("Grace", on(of(2027, 2, 9), YEAR_2026));
        assertEquals("Expired", on(of(2027, 2, 10), YEAR_2026));
        assertEquals("Expired", on(of(2040, 1, 1), YEAR_2026));
    }

    @Test
    void aLifetimeMembershipStaysCurrent() {
        MembershipPeriod lifetime = new MembershipPeriod(of(2020, 1, 1), of(2020, 1, 1), null);
        assertEquals("Current", on(of(2060, 1, 1), lifetime));
    }

    @Test
    void aStatusWithoutEventsIsNeverReachedByDatesAndAdminStatusesOnlyWhenAsked() {
        StatusRule deceased = SEEDED.get(6);
        assertEquals(false, deceased.appliesOn(YEAR_2026, of(2026, 6, 1)));
        StatusRule adminOnly = new StatusRule(8, "Honorary", MembershipEvent.join_date, null, null, null, null, null, true, true, 0, true);
        List<StatusRule> withHonorary = new java.util.ArrayList<>(SEEDED);
        withHonorary.add(adminOnly);
        assertEquals("New", StatusRule.first(withHonorary, YEAR_2026, of(2026, 2, 1), false).orElseThrow().name());
        assertEquals("Honorary", StatusRule.first(withHonorary, YEAR_2026, of(2026, 2, 1), true).orElseThrow().name());
    }

    @Test
    void anInactiveStatusIsSkipped() {
        List<StatusRule> noGrace = SEEDED.stream().map(r -> r.name().equals("Grace")
                ? new StatusRule(3, "Grace", r.startEvent(), null, null, r.endEvent(), AdjustUnit.month, 1, true, false, 3, false) : r).toList();
        assertEquals("none", StatusRule.first(noGrace, YEAR_2026, of(2027, 1, 20), false).map(StatusRule::name).orElse("none"));
    }
}
