/**
 * Contacts (individuals, organisations, households) as CiviCRM's {@code civicrm_contact}. Contacts
 * are shared between domains; who may see one is a matter of permissions, not of {@code domain_id}.
 */
package org.multisitecrm.contact;
