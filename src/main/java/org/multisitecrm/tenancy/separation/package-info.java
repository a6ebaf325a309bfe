/**
 * The functional separation table ({@code config/separation-table.md}): which entities carry
 * {@code domain_id}, read at start and checked against the entity model and the database schema.
 */
package org.multisitecrm.tenancy.separation;
