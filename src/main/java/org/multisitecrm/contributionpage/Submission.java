package org.multisitecrm.contributionpage;

import java.math.BigDecimal;

/**
 * What a visitor sends from a contribution page, in CiviCRM's form field names: who they are, the
 * membership they take and the amount they give (either may be absent, not both), and the card with the
 * processor chosen. The card's digits live in this object only for the length of the request.
 */
public record Submission(long pageId, String firstName, String lastName, String email, Long membershipTypeId, BigDecimal amount,
                         Long paymentProcessorId, String cardNumber, String expiryMonth, String expiryYear, String cvv) {

    @Override
    public String toString() {
        return "Submission to page " + pageId + " by " + email;
    }
}
