package org.multisitecrm.membership;

import java.time.LocalDate;

/**
 * What a membership is created or changed to. Dates left null are computed from the type's terms; a
 * status left null is computed from the dates unless {@code isOverride} fixes it by hand.
 */
public record MembershipSpec(Long contactId, Long membershipTypeId, LocalDate joinDate, LocalDate startDate,
                             LocalDate endDate, String source, Long statusId, boolean isOverride,
                             LocalDate statusOverrideEndDate, boolean isTest, boolean isPayLater, Integer maxRelated) {

    /** A plain new membership of a contact, every date and the status computed. */
    public static MembershipSpec of(long contactId, long membershipTypeId, LocalDate joinDate) {
        return new MembershipSpec(contactId, membershipTypeId, joinDate, null, null, null, null, false, null, false, false, null);
    }
}
