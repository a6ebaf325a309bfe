package org.multisitecrm.membership;

import java.time.LocalDate;

/** Which of a membership's dates a status's start or end is measured from. */
public enum MembershipEvent {
    start_date, end_date, join_date;

    LocalDate dateIn(MembershipPeriod period) {
        return switch (this) {
            case start_date -> period.startDate();
            case end_date -> period.endDate();
            case join_date -> period.joinDate();
        };
    }
}
