-- CiviCRM's report instances (civicrm_report_instance), per domain: a report template with its saved
-- form values (columns, filters, grouping, sorting), provisioned for every domain and run under the
-- caller's own visibility.
CREATE TABLE civicrm_report_instance (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  title VARCHAR(255) NOT NULL,
  report_id VARCHAR(512) NOT NULL,
  name VARCHAR(255) NULL,
  description VARCHAR(255) NULL,
  permission VARCHAR(255) NULL,
  form_values TEXT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  created_id INT UNSIGNED NULL,
  owner_id INT UNSIGNED NULL,
  header TEXT NULL,
  footer TEXT NULL,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  KEY index_report_id (report_id(128)),
  CONSTRAINT FK_civicrm_report_instance_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_report_instance_created_id FOREIGN KEY (created_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_report_instance_owner_id FOREIGN KEY (owner_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
