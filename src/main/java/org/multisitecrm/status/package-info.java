/**
 * Status preferences (CiviCRM's {@code civicrm_status_pref}), each domain's own: which of its status
 * checks are hushed until a date or ignored up to a severity; {@code System.check} applies them.
 */
package org.multisitecrm.status;
