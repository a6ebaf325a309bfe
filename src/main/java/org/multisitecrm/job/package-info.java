/**
 * Scheduled jobs per domain, as CiviCRM's {@code civicrm_job} and {@code civicrm_job_log}: every domain
 * gets every job the server can run ({@link org.multisitecrm.job.DefaultJobsProvisioner}); a scheduler
 * inside the server runs each domain's due jobs in that domain's scope, one server at a time per job (a
 * lease in the row), and logs each run. Capabilities provide the work as
 * {@link org.multisitecrm.job.JobHandler}s.
 */
package org.multisitecrm.job;
