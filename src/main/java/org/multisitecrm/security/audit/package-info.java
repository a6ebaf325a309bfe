/**
 * The record of refused accesses (user, domain, entity, id, action, time), written in a transaction of
 * its own so a rollback cannot erase it, bounded by a retention period, readable by head office.
 */
package org.multisitecrm.security.audit;
