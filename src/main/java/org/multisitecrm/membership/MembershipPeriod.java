package org.multisitecrm.membership;

import java.time.LocalDate;

/**
 * The three dates of a membership: member since ({@code join_date}), the start of the current unbroken
 * period ({@code start_date}) and its last day ({@code end_date}, none for a lifetime membership).
 */
public record MembershipPeriod(LocalDate joinDate, LocalDate startDate, LocalDate endDate) {
}
