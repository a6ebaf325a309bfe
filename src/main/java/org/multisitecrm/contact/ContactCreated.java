package org.multisitecrm.contact;

/**
 * A contact was just created on the bound domain, inside the creating transaction. Observers act in that
 * transaction (the domain group hard-adds it), so a refusal by any of them leaves no contact behind; the
 * contact capability does not know who listens.
 */
public record ContactCreated(long contactId) {
}
