/** Settings stored per domain (and optionally per contact), as CiviCRM's {@code civicrm_setting}. */
package org.multisitecrm.setting;
