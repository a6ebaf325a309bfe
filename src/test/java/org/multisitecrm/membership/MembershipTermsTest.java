package org.multisitecrm.membership;

import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.time.LocalDate;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CiviCRM's membership date arithmetic, without a container. */
class MembershipTermsTest {

    private static MembershipTerms rolling(DurationUnit unit, int interval) {
        return new MembershipTerms(unit, interval, PeriodType.rolling, null, null);
    }

    private static MembershipTerms fixedYear(int startDay, Integer rollover) {
        return new MembershipTerms(DurationUnit.year, 1, PeriodType.fixed, startDay, rollover);
    }

    @Test
    void aRollingTermRunsFromTheJoinDateToTheDayBeforeItsAnniversary() {
        assertEquals(new MembershipPeriod(of(2026, 3, 15), of(2026, 3, 15), of(2027, 3, 14)),
                rolling(DurationUnit.year, 1).newPeriod(of(2026, 3, 15), null, 1));
        assertEquals(of(2028, 3, 14), rolling(DurationUnit.year, 1).newPeriod(of(2026, 3, 15), null, 2).endDate(), "two terms");
        assertEquals(of(2026, 2, 27), rolling(DurationUnit.month, 1).newPeriod(of(2026, 1, 28), null, 1).endDate());
        assertEquals(of(2026, 1, 10), rolling(DurationUnit.day, 10).newPeriod(of(2026, 1, 1), null, 1).endDate());
        assertEquals(of(2026, 6, 1), rolling(DurationUnit.year, 1).newPeriod(of(2026, 3, 15), of(2026, 6, 1), 1).startDate(),
                "a given start date is kept");
    }

    @Test
    void aLeapDayJoinEndsOnTheLastDayOfFebruaryOrTheDayBefore() {
        assertEquals(of(2025, 2, 27), rolling(DurationUnit.year, 1).newPeriod(of(2024, 2, 29), null, 1).endDate(),
                "29 February plus a year is 28 February 2025, so the term ends the day before");
        assertEquals(of(2028, 2, 28), rolling(DurationUnit.year, 4).newPeriod(of(2024, 2, 29), null, 1).endDate());
        assertEquals(of(2024, 2, 29), fixedYear(301, null).newPeriod(of(2023, 6, 1), null, 1).endDate(),
                "a fixed year from 1 March ends on the leap day");
    }

    @Test
    void aLifetimeMembershipNeverEnds() {
        MembershipPeriod period = new MembershipTerms(DurationUnit.lifetime, null, PeriodType.rolling, null, null)
                .newPeriod(of(2026, 1, 5), null, 1);
        assertEquals(of(2026, 1, 5), period.startDate());
        assertNull(period.endDate());
    }

    @Test
    void aFixedYearStartsOnTheFixedDayOnOrBeforeTheJoinDate() {
        assertEquals(new MembershipPeriod(of(2026, 6, 15), of(2026, 1, 1), of(2026, 12, 31)),
                fixedYear(101, null).newPeriod(of(2026, 6, 15), null, 1));
        assertEquals(new MembershipPeriod(of(2026, 2, 10), of(2025, 4, 1), of(2026, 3, 31)),
                fixedYear(401, null).newPeriod(of(2026, 2, 10), null, 1), "before 1 April: last year's period");
        assertEquals(of(2026, 4, 1), fixedYear(401, null).newPeriod(of(2026, 4, 1), null, 1).startDate(), "on the day itself");
    }

    @Test
    void joiningOnOrAfterTheRolloverDayAddsATerm() {
        MembershipTerms octoberRollover = fixedYear(101, 1001);
        assertEquals(of(2026, 12, 31), octoberRollover.newPeriod(of(2026, 9, 30), null, 1).endDate());
        assertEquals(new MembershipPeriod(of(2026, 10, 1), of(2026, 1, 1), of(2027, 12, 31)),
                octoberRollover.newPeriod(of(2026, 10, 1), null, 1));
        MembershipTerms aprilYearFebruaryRollover = fixedYear(401, 201);
        assertEquals(of(2027, 3, 31), aprilYearFebruaryRollover.newPeriod(of(2026, 2, 1), null, 1).endDate(),
                "the rollover of the period starting 1 April 2025 is 1 February 2026");
        assertEquals(of(2026, 3, 31), aprilYearFebruaryRollover.newPeriod(of(2026, 1, 31), null, 1).endDate());
    }

    @Test
    void aFixedMonthStartsOnTheFirstAndRollsOverLateInTheMonth() {
        MembershipTerms monthly = new MembershipTerms(DurationUnit.month, 1, PeriodType.fixed, null, 20);
        assertEquals(new MembershipPeriod(of(2026, 3, 10), of(2026, 3, 1), of(2026, 3, 31)), monthly.newPeriod(of(2026, 3, 10), null, 1));
        assertEquals(of(2026, 4, 30), monthly.newPeriod(of(2026, 3, 20), null, 1).endDate());
    }

    @Test
    void aCurrentMemberRenewsFromTheDayAfterTheOldEnd() {
        MembershipPeriod current = new MembershipPeriod(of(2017, 1, 1), of(2018, 2, 1), of(2018, 2, 28));
        assertEquals(new MembershipPeriod(of(2017, 1, 1), of(2018, 2, 1), of(2018, 3, 31)),
                rolling(DurationUnit.month, 1).renewal(current, true, of(2018, 2, 20), 1));
    }

    @Test
    void aLapsedMemberRenewsWithANewPeriodFromTodayKeepingTheJoinDate() {
        MembershipPeriod lapsed = new MembershipPeriod(of(2020, 5, 1), of(2024, 5, 1), of(2025, 4, 30));
        assertEquals(new MembershipPeriod(of(2020, 5, 1), of(2026, 7, 1), of(2027, 6, 30)),
                rolling(DurationUnit.year, 1).renewal(lapsed, false, of(2026, 7, 1), 1));
    }

    @Test
    void termsNoDateCanComeFromAreRefusedNamingTheField() {
        assertEquals("duration_interval", assertThrows(InvalidInput.class, () -> rolling(DurationUnit.year, 0).requireValid()).field());
        assertEquals("fixed_period_start_day", assertThrows(InvalidInput.class,
                () -> new MembershipTerms(DurationUnit.year, 1, PeriodType.fixed, null, null).requireValid()).field());
        assertEquals("fixed_period_start_day", assertThrows(InvalidInput.class, () -> fixedYear(1301, null).requireValid()).field());
        assertEquals("fixed_period_start_day", assertThrows(InvalidInput.class, () -> fixedYear(230, null).requireValid()).field());
        assertEquals("fixed_period_rollover_day", assertThrows(InvalidInput.class, () -> fixedYear(101, 1232).requireValid()).field());
        fixedYear(229, null).requireValid();
        LocalDate nonLeap = fixedYear(229, null).newPeriod(of(2027, 3, 1), null, 1).startDate();
        assertEquals(of(2027, 2, 28), nonLeap, "a period starting on 29 February starts on the 28th in other years");
    }
}
