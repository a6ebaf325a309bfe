package org.multisitecrm.relationship;

/**
 * A relationship between two contacts was created, changed or deleted, inside that transaction. What
 * depends on relationships (inherited memberships) observes it; this capability does not know who listens.
 */
public record RelationshipChanged(long contactIdA, long contactIdB) {
}
