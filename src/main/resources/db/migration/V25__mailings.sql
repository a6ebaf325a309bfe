-- CiviMail per domain (the seed's Mailing row: before CRM-16981 one domain's mailings were visible to the
-- others). Every table carries domain_id, children included, so each is confined by the one scoping
-- mechanism rather than through its parent. Names and columns are CiviCRM's; what sending needs beyond
-- them (the queue row's delivery state, attempts and next try) is marked as ours.
CREATE TABLE civicrm_mailing (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(128) NOT NULL,
  subject VARCHAR(128) NULL,
  from_name VARCHAR(128) NULL,
  from_email VARCHAR(254) NULL,
  replyto_email VARCHAR(254) NULL,
  body_text LONGTEXT NULL,
  body_html LONGTEXT NULL,
  url_tracking TINYINT(1) NOT NULL DEFAULT 0,
  open_tracking TINYINT(1) NOT NULL DEFAULT 0,
  dedupe_email TINYINT(1) NOT NULL DEFAULT 1,
  scheduled_date DATETIME NULL,
  scheduled_id INT UNSIGNED NULL,
  is_completed TINYINT(1) NOT NULL DEFAULT 0,
  status VARCHAR(12) NOT NULL DEFAULT 'Draft',
  hash VARCHAR(16) NULL,
  campaign_id INT UNSIGNED NULL,
  created_id INT UNSIGNED NULL,
  created_date DATETIME NULL,
  PRIMARY KEY (id),
  KEY index_domain_status (domain_id, status),
  CONSTRAINT FK_civicrm_mailing_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_scheduled_id FOREIGN KEY (scheduled_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_mailing_created_id FOREIGN KEY (created_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_mailing_campaign_id FOREIGN KEY (campaign_id) REFERENCES civicrm_campaign (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_group (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  mailing_id INT UNSIGNED NOT NULL,
  group_type VARCHAR(8) NOT NULL,
  entity_table VARCHAR(64) NOT NULL,
  entity_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_mailing_entity (mailing_id, entity_table, entity_id),
  CONSTRAINT FK_civicrm_mailing_group_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_group_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm_mailing (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_job (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  mailing_id INT UNSIGNED NOT NULL,
  scheduled_date DATETIME NULL,
  start_date DATETIME NULL,
  end_date DATETIME NULL,
  status VARCHAR(12) NOT NULL,
  is_test TINYINT(1) NOT NULL DEFAULT 0,
  job_type VARCHAR(255) NULL,
  PRIMARY KEY (id),
  KEY index_domain_status (domain_id, status),
  CONSTRAINT FK_civicrm_mailing_job_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_job_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm_mailing (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_recipients (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  mailing_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  email_id INT UNSIGNED NULL,
  PRIMARY KEY (id),
  KEY index_mailing (mailing_id, id),
  CONSTRAINT FK_civicrm_mailing_recipients_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_recipients_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm_mailing (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_mailing_recipients_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_mailing_recipients_email_id FOREIGN KEY (email_id) REFERENCES civicrm_email (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per recipient per job. delivery_status, attempts, next_attempt_date and last_error are ours:
-- sending resumes from them after a restart, and SMTP failures are retried and then recorded here.
CREATE TABLE civicrm_mailing_event_queue (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  job_id INT UNSIGNED NOT NULL,
  mailing_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  email_id INT UNSIGNED NULL,
  email VARCHAR(254) NULL,
  hash VARCHAR(32) NOT NULL,
  delivery_status VARCHAR(12) NOT NULL DEFAULT 'Pending',
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_date DATETIME NULL,
  last_error VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_job_contact (job_id, contact_id),
  KEY index_job_status (job_id, delivery_status, id),
  CONSTRAINT FK_civicrm_mailing_event_queue_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_event_queue_job_id FOREIGN KEY (job_id) REFERENCES civicrm_mailing_job (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_mailing_event_queue_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm_mailing (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_mailing_event_queue_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_event_delivered (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  event_queue_id INT UNSIGNED NOT NULL,
  time_stamp DATETIME NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_event_queue_id (event_queue_id),
  CONSTRAINT FK_civicrm_mailing_event_delivered_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_event_delivered_queue FOREIGN KEY (event_queue_id) REFERENCES civicrm_mailing_event_queue (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_event_bounce (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  event_queue_id INT UNSIGNED NOT NULL,
  bounce_type_id INT UNSIGNED NULL,
  bounce_reason VARCHAR(255) NULL,
  time_stamp DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_mailing_event_bounce_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_event_bounce_queue FOREIGN KEY (event_queue_id) REFERENCES civicrm_mailing_event_queue (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_event_unsubscribe (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  event_queue_id INT UNSIGNED NOT NULL,
  org_unsubscribe TINYINT(1) NOT NULL,
  time_stamp DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_mailing_event_unsubscribe_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_event_unsubscribe_queue FOREIGN KEY (event_queue_id) REFERENCES civicrm_mailing_event_queue (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CiviCRM's CiviMail permission, held by those who administer a domain.
INSERT INTO crm_role_permission (role_id, permission)
SELECT r.id, 'access CiviMail' FROM crm_role r WHERE r.name IN ('administrator', 'branch_manager');
