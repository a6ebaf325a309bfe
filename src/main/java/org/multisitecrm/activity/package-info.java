/**
 * Activities (CiviCRM's {@code civicrm_activity}) and whom they concern ({@code civicrm_activity_contact}:
 * assignees, source, targets). An activity is seen by whoever sees one of its contacts and names only
 * the contacts the caller sees; it is changed only by whoever may edit all of them.
 */
package org.multisitecrm.activity;
