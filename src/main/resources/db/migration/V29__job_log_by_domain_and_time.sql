-- Job.cleanup removes a domain's job log older than some days: an index that reads just those rows.
ALTER TABLE civicrm_job_log ADD KEY index_domain_run_time (domain_id, run_time);
