/** Membership types: per domain (CiviCRM's {@code civicrm_membership_type.domain_id}). */
package org.multisitecrm.membership;
