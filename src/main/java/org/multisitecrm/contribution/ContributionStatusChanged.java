package org.multisitecrm.contribution;

/**
 * A contribution's status moved (a payment completed it, a refund gave it all back, it was cancelled),
 * inside the changing transaction. Observers act in that transaction (what an order bought follows its
 * payment), so a refusal by any of them leaves the payment unrecorded; this capability does not know who
 * listens.
 */
public record ContributionStatusChanged(long contributionId, long fromStatusId, long toStatusId) {

    public boolean completed() {
        return toStatusId == OrderBalance.COMPLETED && fromStatusId != OrderBalance.COMPLETED;
    }

    /** Given back or called off: what was bought with it ends. */
    public boolean undone() {
        return (toStatusId == OrderBalance.REFUNDED || toStatusId == OrderBalance.CANCELLED) && fromStatusId != toStatusId;
    }
}
