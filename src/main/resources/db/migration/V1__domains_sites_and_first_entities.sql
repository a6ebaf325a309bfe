-- The spine: domains and their sites, contacts, and the first domain-scoped and optional entities.
-- Column names follow CiviCRM's schema; crm_ tables are ours.

CREATE TABLE civicrm_contact (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_type VARCHAR(64) NOT NULL,
  first_name VARCHAR(64) NULL,
  last_name VARCHAR(64) NULL,
  organization_name VARCHAR(128) NULL,
  household_name VARCHAR(128) NULL,
  display_name VARCHAR(128) NULL,
  sort_name VARCHAR(128) NULL,
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  modified_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY index_contact_type (contact_type),
  KEY index_sort_name (sort_name),
  KEY index_is_deleted_sort_name (is_deleted, sort_name, id),
  CONSTRAINT chk_contact_type CHECK (contact_type IN ('Individual', 'Organization', 'Household'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_domain (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  description VARCHAR(255) NULL,
  version VARCHAR(32) NULL,
  contact_id INT UNSIGNED NULL,
  locales TEXT NULL,
  parent_id INT UNSIGNED NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name),
  CONSTRAINT FK_civicrm_domain_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_domain_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm_domain (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Wagtail's Site: hostname + port unique together; at most one default (NULLs are distinct in a
-- MariaDB unique index, so the marker is NULL for every other row). "Exactly one" is checked in code.
CREATE TABLE crm_site (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  hostname VARCHAR(255) NOT NULL,
  port SMALLINT UNSIGNED NOT NULL DEFAULT 80,
  is_default TINYINT(1) NOT NULL DEFAULT 0,
  default_marker TINYINT AS (IF(is_default = 1, 1, NULL)) PERSISTENT,
  PRIMARY KEY (id),
  UNIQUE KEY UI_hostname_port (hostname, port),
  UNIQUE KEY UI_one_default (default_marker),
  CONSTRAINT FK_crm_site_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_membership_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(255) NULL,
  member_of_contact_id INT UNSIGNED NOT NULL,
  minimum_fee DECIMAL(18,9) NULL DEFAULT 0,
  duration_unit VARCHAR(8) NOT NULL,
  duration_interval INT NULL,
  period_type VARCHAR(8) NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  CONSTRAINT FK_civicrm_membership_type_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_membership_type_member_of_contact_id FOREIGN KEY (member_of_contact_id) REFERENCES civicrm_contact (id),
  CONSTRAINT chk_duration_unit CHECK (duration_unit IN ('day', 'month', 'year', 'lifetime')),
  CONSTRAINT chk_period_type CHECK (period_type IN ('rolling', 'fixed'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_payment_processor_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  title VARCHAR(255) NOT NULL,
  class_name VARCHAR(255) NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_payment_processor_type (id, name, title, class_name, is_active) VALUES
  (1, 'Dummy', 'Dummy Payment Processor', 'Payment_Dummy', 1);

CREATE TABLE civicrm_payment_processor (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  title VARCHAR(255) NULL,
  description VARCHAR(255) NULL,
  payment_processor_type_id INT UNSIGNED NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_default TINYINT(1) NOT NULL DEFAULT 0,
  is_test TINYINT(1) NOT NULL DEFAULT 0,
  user_name VARCHAR(255) NULL,
  url_site VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name_test_domain_id (name, is_test, domain_id),
  CONSTRAINT FK_civicrm_payment_processor_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_payment_processor_type_id FOREIGN KEY (payment_processor_type_id) REFERENCES civicrm_payment_processor_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_navigation (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  label VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  url VARCHAR(255) NULL,
  icon VARCHAR(255) NULL,
  permission VARCHAR(255) NULL,
  parent_id INT UNSIGNED NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  weight INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  CONSTRAINT FK_civicrm_navigation_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_navigation_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm_navigation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_setting (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NULL,
  name VARCHAR(255) NOT NULL,
  value TEXT NULL,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  contact_key INT UNSIGNED AS (IFNULL(contact_id, 0)) PERSISTENT,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_contact_name (domain_id, contact_key, name),
  CONSTRAINT FK_civicrm_setting_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_setting_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Optional separation: domain_id NULL means the row belongs to every domain.
CREATE TABLE civicrm_option_group (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NULL,
  name VARCHAR(64) NOT NULL,
  title VARCHAR(255) NULL,
  description VARCHAR(255) NULL,
  is_reserved TINYINT(1) NOT NULL DEFAULT 1,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  domain_key INT UNSIGNED AS (IFNULL(domain_id, 0)) PERSISTENT,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_key, name),
  CONSTRAINT FK_civicrm_option_group_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_option_value (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  option_group_id INT UNSIGNED NOT NULL,
  domain_id INT UNSIGNED NULL,
  label VARCHAR(512) NOT NULL,
  value VARCHAR(512) NOT NULL,
  name VARCHAR(255) NULL,
  weight INT NULL,
  is_default TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY index_option_group_id_value (option_group_id, value(128)),
  CONSTRAINT FK_civicrm_option_value_option_group_id FOREIGN KEY (option_group_id) REFERENCES civicrm_option_group (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_option_value_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Lists every installation has, offered to every domain.
INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES
  ('individual_prefix', 'Individual contact prefixes', 1),
  ('from_email_address', 'From Email Address', 1);

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight)
SELECT g.id, v.label, v.value, v.name, v.weight
  FROM civicrm_option_group g
  JOIN (SELECT 'Mrs.' AS label, '1' AS value, 'Mrs.' AS name, 1 AS weight
        UNION ALL SELECT 'Ms.', '2', 'Ms.', 2
        UNION ALL SELECT 'Mr.', '3', 'Mr.', 3
        UNION ALL SELECT 'Dr.', '4', 'Dr.', 4) v
 WHERE g.name = 'individual_prefix';
