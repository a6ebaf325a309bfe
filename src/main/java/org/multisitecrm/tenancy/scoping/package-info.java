/**
 * The one enforcement point for domain scoping. An EclipseLink session customizer reads the
 * separation table and, for every {@code domain} and {@code optional} entity, maps {@code domain_id}
 * (no entity class declares it, so the table alone decides), adds criteria that
 * EclipseLink applies to find by id, JPQL, criteria queries, counts, lazy loads and bulk UPDATE/DELETE;
 * isolates the entity from the shared cache (which would otherwise answer {@code find} across domains);
 * and guards inserts, updates and deletes of single rows. The criteria's parameters are taken from the
 * thread's {@link org.multisitecrm.tenancy.DomainScope} at every query, so no service sets them and a
 * query run with no scope bound fails instead of reading everything.
 */
package org.multisitecrm.tenancy.scoping;
