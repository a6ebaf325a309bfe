/**
 * Events and registrations (CiviCRM's {@code civicrm_event}, {@code civicrm_participant}), each domain's
 * own: a registration belongs to its event's domain and is seen there by whoever sees its contact.
 */
package org.multisitecrm.event;
