/**
 * Contact-level silos (the seed's multilevel permissioning) enforced in one place: EclipseLink criteria
 * on contacts, what hangs off them and groups, bound from the thread's {@link org.multisitecrm.security.Caller}
 * before every query, plus a guard on every write. The visibility index they read is maintained
 * incrementally in the database: triggers for hard-adds, {@link org.multisitecrm.security.visibility.VisibilityIndex}
 * for structure, {@link org.multisitecrm.security.visibility.RelationshipGrants} for relationships.
 */
package org.multisitecrm.security.visibility;
