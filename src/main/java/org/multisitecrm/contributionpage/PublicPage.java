package org.multisitecrm.contributionpage;

import java.math.BigDecimal;
import java.util.List;

/**
 * A contribution page as the public sees it: its texts, the memberships it sells (its domain's own, with
 * their fees), whether an amount of the giver's choice is accepted and within which bounds, and the
 * processors that take the card (its domain's own, active).
 */
public record PublicPage(long id, String title, String introText, String thankyouText, String currency, List<Offer> memberships,
                         Long defaultMembership, boolean membershipRequired, boolean otherAmount, BigDecimal minAmount,
                         BigDecimal maxAmount, List<Offer> processors) {

    /** One choice: a membership type with its fee, or a processor (fee null). */
    public record Offer(long id, String label, BigDecimal fee) {
    }
}
