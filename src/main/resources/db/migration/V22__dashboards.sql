-- CiviCRM's dashboards, per domain: the dashlets a domain offers (civicrm_dashboard) and each user's
-- layout of them (civicrm_dashboard_contact), which goes with its dashlet's domain.
CREATE TABLE civicrm_dashboard (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  label VARCHAR(255) NOT NULL,
  url VARCHAR(255) NULL,
  permission VARCHAR(255) NULL,
  permission_operator VARCHAR(3) NULL,
  fullscreen_url VARCHAR(255) NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  cache_minutes INT UNSIGNED NOT NULL DEFAULT 60,
  directive VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  CONSTRAINT FK_civicrm_dashboard_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_dashboard_contact (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  dashboard_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  column_no INT NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  weight INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY UI_dashboard_id_contact_id (dashboard_id, contact_id),
  CONSTRAINT FK_civicrm_dashboard_contact_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_dashboard_contact_dashboard_id FOREIGN KEY (dashboard_id) REFERENCES civicrm_dashboard (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_dashboard_contact_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
