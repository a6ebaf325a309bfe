/**
 * What an access rule is made of, below the rules themselves: criteria placed on an entity and the
 * parameters bound for them before every query. Domain scoping and contact visibility build on this;
 * the persistence unit's customizer assembles them.
 */
package org.multisitecrm.infrastructure.persistence.criteria;
