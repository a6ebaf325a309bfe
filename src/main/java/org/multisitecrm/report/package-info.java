/**
 * Reports (CiviCRM's report templates and {@code civicrm_report_instance}): a template names an entity
 * and its columns, grouping and sorting; an instance saves a domain's choice of them. Running one is a
 * catalogue query under the caller's scoping and visibility, so a branch's totals count what it sees.
 */
package org.multisitecrm.report;
