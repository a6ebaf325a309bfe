/**
 * What entities extend: the generated id every CiviCRM table has, and the owner attribute that the
 * separation table maps to {@code domain_id} (see {@code tenancy.scoping}), so no entity says how it
 * is scoped.
 */
package org.multisitecrm.infrastructure.persistence.entity;
