-- CiviCRM's scheduled jobs and their log, per domain; each domain's jobs run in that domain's scope.
-- lease_owner/lease_until are ours: a job is run by one server at a time, even with several on one database.

CREATE TABLE civicrm_job (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  run_frequency VARCHAR(8) NOT NULL DEFAULT 'Daily',
  last_run DATETIME NULL,
  last_run_end DATETIME NULL,
  scheduled_run_date DATETIME NULL,
  name VARCHAR(255) NOT NULL,
  description VARCHAR(255) NULL,
  api_entity VARCHAR(255) NOT NULL,
  api_action VARCHAR(255) NOT NULL,
  parameters TEXT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  lease_owner VARCHAR(64) NULL,
  lease_until DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_api (domain_id, api_entity, api_action),
  CONSTRAINT FK_civicrm_job_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT chk_run_frequency CHECK (run_frequency IN ('Yearly', 'Quarter', 'Monthly', 'Weekly', 'Daily', 'Hourly', 'Always'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_job_log (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  run_time DATETIME NOT NULL,
  job_id INT UNSIGNED NULL,
  name VARCHAR(255) NULL,
  command VARCHAR(255) NULL,
  description VARCHAR(1024) NULL,
  data TEXT NULL,
  PRIMARY KEY (id),
  KEY index_job_run_time (job_id, run_time),
  CONSTRAINT FK_civicrm_job_log_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_job_log_job_id FOREIGN KEY (job_id) REFERENCES civicrm_job (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
