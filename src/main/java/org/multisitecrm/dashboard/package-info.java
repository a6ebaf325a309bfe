/**
 * Dashboards (CiviCRM's {@code civicrm_dashboard} and {@code civicrm_dashboard_contact}), each domain's
 * own: the dashlets it offers (recent contacts, system status, report summaries), each user's layout of
 * them, and their content, read under the user's visibility.
 */
package org.multisitecrm.dashboard;
