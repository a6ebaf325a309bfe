/** Notes on contacts (CiviCRM's {@code civicrm_note}): seen through their contact, private ones by their author only. */
package org.multisitecrm.note;
