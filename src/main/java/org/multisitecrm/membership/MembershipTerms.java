package org.multisitecrm.membership;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A membership type's terms and CiviCRM's date arithmetic over them: the dates of a new membership and
 * of a renewal. Fixed days are CiviCRM's {@code mmdd} integers (a yearly type starting on 1 April has
 * {@code fixed_period_start_day = 401}); a monthly fixed type's rollover day is a day of the month.
 */
public record MembershipTerms(DurationUnit unit, Integer interval, PeriodType periodType, Integer fixedStartDay,
                              Integer rolloverDay) {

    /** Refuses, naming the field, terms no date can be computed from. */
    public void requireValid() {
        if (unit == null) {
            throw new InvalidInput("duration_unit", "one of day, month, year, lifetime is required");
        }
        if (periodType == null) {
            throw new InvalidInput("period_type", "rolling or fixed is required");
        }
        if (unit != DurationUnit.lifetime && (interval == null || interval < 1 || interval > 1000)) {
            throw new InvalidInput("duration_interval", "a number of " + unit + "s from 1 to 1000 is required");
        }
        if (!isFixed()) {
            return;
        }
        if (unit == DurationUnit.year) {
            if (fixedStartDay == null) {
                throw new InvalidInput("fixed_period_start_day", "a fixed yearly type starts on a day given as mmdd (101 is 1 January)");
            }
            monthDay(fixedStartDay, "fixed_period_start_day");
            if (rolloverDay != null) {
                monthDay(rolloverDay, "fixed_period_rollover_day");
            }
        } else if (rolloverDay != null && (rolloverDay < 1 || rolloverDay > 31)) {
            throw new InvalidInput("fixed_period_rollover_day", "a fixed monthly type rolls over on a day of the month, 1 to 31");
        }
    }

    /**
     * A new membership's dates for {@code terms} terms. Rolling: from the given start, else the join
     * date. Fixed yearly: from the fixed day on or before the join date; joining on or after the
     * rollover day adds a term. Fixed monthly: from the first of the join month; joining on or after
     * the rollover day adds a term. The end is the day before the term after the last one begins.
     */
    public MembershipPeriod newPeriod(LocalDate joinDate, LocalDate givenStart, int terms) {
        requireValid();
        if (unit == DurationUnit.lifetime) {
            return new MembershipPeriod(joinDate, givenStart != null ? givenStart : joinDate, null);
        }
        if (!isFixed() || givenStart != null) {
            LocalDate start = givenStart != null ? givenStart : joinDate;
            return new MembershipPeriod(joinDate, start, after(start, terms).minusDays(1));
        }
        LocalDate start;
        boolean rollsOver;
        if (unit == DurationUnit.year) {
            MonthDay startDay = monthDay(fixedStartDay, "fixed_period_start_day");
            LocalDate thisYear = startDay.atYear(joinDate.getYear());
            start = thisYear.isAfter(joinDate) ? startDay.atYear(joinDate.getYear() - 1) : thisYear;
            rollsOver = false;
            if (rolloverDay != null) {
                MonthDay rollover = monthDay(rolloverDay, "fixed_period_rollover_day");
                LocalDate rolloverDate = rollover.atYear(start.getYear());
                if (rolloverDate.isBefore(start)) {
                    rolloverDate = rollover.atYear(start.getYear() + 1);
                }
                rollsOver = !joinDate.isBefore(rolloverDate);
            }
        } else {
            start = joinDate.withDayOfMonth(1);
            rollsOver = rolloverDay != null && joinDate.getDayOfMonth() >= rolloverDay;
        }
        return new MembershipPeriod(joinDate, start, after(start, rollsOver ? terms + 1 : terms).minusDays(1));
    }

    /**
     * A renewal for {@code terms} terms on {@code today}. A current member's membership is extended from
     * the day after it ends (so a month from 28 February ends on 31 March) and keeps its start; any other
     * starts a new period from today. The join date is always kept; a lifetime membership does not change.
     */
    public MembershipPeriod renewal(MembershipPeriod current, boolean isCurrentMember, LocalDate today, int terms) {
        requireValid();
        if (unit == DurationUnit.lifetime) {
            return current;
        }
        if (isCurrentMember && current.endDate() != null) {
            return new MembershipPeriod(current.joinDate(), current.startDate(),
                    after(current.endDate().plusDays(1), terms).minusDays(1));
        }
        MembershipPeriod fresh = newPeriod(today, null, terms);
        return new MembershipPeriod(current.joinDate() != null ? current.joinDate() : today, fresh.startDate(), fresh.endDate());
    }

    private boolean isFixed() {
        return periodType == PeriodType.fixed && (unit == DurationUnit.year || unit == DurationUnit.month);
    }

    /** The day {@code terms} terms after {@code start}, counted from {@code start} so month lengths never drift. */
    private LocalDate after(LocalDate start, int terms) {
        long amount = (long) interval * terms;
        return switch (unit) {
            case day -> start.plusDays(amount);
            case month -> start.plusMonths(amount);
            case year -> start.plusYears(amount);
            case lifetime -> throw new IllegalStateException("a lifetime has no end");
        };
    }

    private static MonthDay monthDay(int mmdd, String field) {
        int month = mmdd / 100;
        int day = mmdd % 100;
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
            throw new InvalidInput(field, mmdd + " is not a day of the year as mmdd (101 is 1 January, 1231 is 31 December)");
        }
        return MonthDay.of(month, day);
    }
}
