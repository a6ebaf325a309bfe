package org.multisitecrm.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One membership status as a rule over dates: it applies from its start event to its end event, each a
 * membership date shifted by unit x interval. A status without events (Deceased) is only ever set by
 * hand; an end measured from a date the membership lacks (a lifetime's end) is open.
 */
public record StatusRule(long statusId, String name, MembershipEvent startEvent, AdjustUnit startUnit, Integer startInterval,
                         MembershipEvent endEvent, AdjustUnit endUnit, Integer endInterval, boolean isCurrentMember,
                         boolean isAdmin, int weight, boolean isActive) {

    /** CiviCRM's rule: the active statuses by weight (admin ones only when asked), the first that applies. */
    public static Optional<StatusRule> first(List<StatusRule> rules, MembershipPeriod period, LocalDate on, boolean withAdmin) {
        return rules.stream().filter(StatusRule::isActive).filter(r -> withAdmin || !r.isAdmin())
                .sorted(Comparator.comparingInt(StatusRule::weight).thenComparingLong(StatusRule::statusId))
                .filter(r -> r.appliesOn(period, on)).findFirst();
    }

    /** Whether the status holds on {@code on}: within [start, end], inclusive at both ends. */
    public boolean appliesOn(MembershipPeriod period, LocalDate on) {
        if (startEvent == null && endEvent == null) {
            return false;
        }
        LocalDate start = startEvent == null ? null : shifted(startEvent.dateIn(period), startUnit, startInterval);
        if (startEvent != null && start == null) {
            return false;
        }
        LocalDate end = endEvent == null ? null : shifted(endEvent.dateIn(period), endUnit, endInterval);
        if (end == null && startEvent == null) {
            return false;
        }
        return (start == null || !on.isBefore(start)) && (end == null || !on.isAfter(end));
    }

    private static LocalDate shifted(LocalDate date, AdjustUnit unit, Integer interval) {
        if (date == null || unit == null || interval == null) {
            return date;
        }
        return switch (unit) {
            case day -> date.plusDays(interval);
            case month -> date.plusMonths(interval);
            case year -> date.plusYears(interval);
        };
    }
}
