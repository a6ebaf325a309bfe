package org.multisitecrm.tenancy;

/**
 * A domain was moved in the tree, from under one parent to under another: what follows the tree (its
 * domain group's nesting, so who sees whose contacts) must follow it, in the same transaction.
 */
public record DomainMoved(long domainId, long formerParentId, long parentId) {
}
