-- The rest of CiviCRM's contact columns, so integrations that send or read them work unchanged.
ALTER TABLE civicrm_contact
  ADD COLUMN contact_sub_type VARCHAR(255) NULL AFTER contact_type,
  ADD COLUMN middle_name VARCHAR(64) NULL AFTER first_name,
  ADD COLUMN prefix_id INT UNSIGNED NULL AFTER household_name,
  ADD COLUMN suffix_id INT UNSIGNED NULL AFTER prefix_id,
  ADD COLUMN formal_title VARCHAR(64) NULL AFTER suffix_id,
  ADD COLUMN nick_name VARCHAR(128) NULL AFTER formal_title,
  ADD COLUMN legal_name VARCHAR(128) NULL AFTER nick_name,
  ADD COLUMN job_title VARCHAR(255) NULL AFTER legal_name,
  ADD COLUMN employer_id INT UNSIGNED NULL AFTER job_title,
  ADD COLUMN gender_id INT UNSIGNED NULL AFTER employer_id,
  ADD COLUMN birth_date DATE NULL AFTER gender_id,
  ADD COLUMN is_deceased TINYINT(1) NOT NULL DEFAULT 0 AFTER birth_date,
  ADD COLUMN deceased_date DATE NULL AFTER is_deceased,
  ADD COLUMN external_identifier VARCHAR(64) NULL AFTER deceased_date,
  ADD COLUMN legal_identifier VARCHAR(32) NULL AFTER external_identifier,
  ADD COLUMN source VARCHAR(255) NULL AFTER legal_identifier,
  ADD COLUMN image_URL TEXT NULL AFTER source,
  ADD COLUMN preferred_communication_method VARCHAR(255) NULL AFTER image_URL,
  ADD COLUMN preferred_language VARCHAR(5) NULL AFTER preferred_communication_method,
  ADD COLUMN communication_style_id INT UNSIGNED NULL AFTER preferred_language,
  ADD COLUMN email_greeting_id INT UNSIGNED NULL AFTER communication_style_id,
  ADD COLUMN email_greeting_custom VARCHAR(128) NULL AFTER email_greeting_id,
  ADD COLUMN email_greeting_display VARCHAR(255) NULL AFTER email_greeting_custom,
  ADD COLUMN postal_greeting_id INT UNSIGNED NULL AFTER email_greeting_display,
  ADD COLUMN postal_greeting_custom VARCHAR(128) NULL AFTER postal_greeting_id,
  ADD COLUMN postal_greeting_display VARCHAR(255) NULL AFTER postal_greeting_custom,
  ADD COLUMN addressee_id INT UNSIGNED NULL AFTER postal_greeting_display,
  ADD COLUMN addressee_custom VARCHAR(128) NULL AFTER addressee_id,
  ADD COLUMN addressee_display VARCHAR(255) NULL AFTER addressee_custom,
  ADD COLUMN do_not_email TINYINT(1) NOT NULL DEFAULT 0 AFTER addressee_display,
  ADD COLUMN do_not_phone TINYINT(1) NOT NULL DEFAULT 0 AFTER do_not_email,
  ADD COLUMN do_not_mail TINYINT(1) NOT NULL DEFAULT 0 AFTER do_not_phone,
  ADD COLUMN do_not_sms TINYINT(1) NOT NULL DEFAULT 0 AFTER do_not_mail,
  ADD COLUMN do_not_trade TINYINT(1) NOT NULL DEFAULT 0 AFTER do_not_sms,
  ADD COLUMN is_opt_out TINYINT(1) NOT NULL DEFAULT 0 AFTER do_not_trade,
  ADD COLUMN hash VARCHAR(32) NULL AFTER is_opt_out,
  ADD KEY index_external_identifier (external_identifier),
  ADD KEY index_birth_date (birth_date),
  ADD CONSTRAINT FK_civicrm_contact_employer_id FOREIGN KEY (employer_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL;

-- A contact created before this migration has no hash yet; CiviCRM gives every contact one.
UPDATE civicrm_contact SET hash = MD5(CONCAT(id, '-', RAND())) WHERE hash IS NULL;

-- CiviCRM's contact types: the three base types and their subtypes (civicrm_contact_type).
CREATE TABLE civicrm_contact_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  label VARCHAR(64) NULL,
  description TEXT NULL,
  image_URL VARCHAR(255) NULL,
  icon VARCHAR(255) NULL,
  parent_id INT UNSIGNED NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY contact_type (name),
  CONSTRAINT FK_civicrm_contact_type_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm_contact_type (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_contact_type (id, name, label, icon, parent_id, is_reserved) VALUES
  (1, 'Individual', 'Individual', 'fa-user', NULL, 1),
  (2, 'Household', 'Household', 'fa-home', NULL, 1),
  (3, 'Organization', 'Organization', 'fa-building', NULL, 1),
  (4, 'Student', 'Student', NULL, 1, 0),
  (5, 'Parent', 'Parent', NULL, 1, 0),
  (6, 'Staff', 'Staff', NULL, 1, 0),
  (7, 'Team', 'Team', NULL, 3, 0),
  (8, 'Sponsor', 'Sponsor', NULL, 3, 0);

-- CiviCRM's filter on an option value: for greetings, the contact type it applies to (1 Individual,
-- 2 Household, 3 Organization).
ALTER TABLE civicrm_option_value ADD COLUMN filter INT UNSIGNED NULL AFTER `grouping`;

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES
  ('gender', 'Gender', 1),
  ('individual_suffix', 'Individual contact suffixes', 1),
  ('communication_style', 'Communication Style', 1),
  ('preferred_communication_method', 'Preferred Communication Method', 1),
  ('languages', 'Languages', 1),
  ('email_greeting', 'Email Greeting Type', 1),
  ('postal_greeting', 'Postal Greeting Type', 1),
  ('addressee', 'Addressee Type', 1);

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, filter, is_default, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.weight, v.filter, v.is_default, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'gender' AS grp, 'Female' AS label, '1' AS value, 'Female' AS name, 1 AS weight, NULL AS filter, 0 AS is_default
        UNION ALL SELECT 'gender', 'Male', '2', 'Male', 2, NULL, 0
        UNION ALL SELECT 'gender', 'Other', '3', 'Other', 3, NULL, 0
        UNION ALL SELECT 'individual_suffix', 'Jr.', '1', 'Jr.', 1, NULL, 0
        UNION ALL SELECT 'individual_suffix', 'Sr.', '2', 'Sr.', 2, NULL, 0
        UNION ALL SELECT 'individual_suffix', 'II', '3', 'II', 3, NULL, 0
        UNION ALL SELECT 'individual_suffix', 'III', '4', 'III', 4, NULL, 0
        UNION ALL SELECT 'individual_suffix', 'IV', '5', 'IV', 5, NULL, 0
        UNION ALL SELECT 'individual_suffix', 'V', '6', 'V', 6, NULL, 0
        UNION ALL SELECT 'communication_style', 'Formal', '1', 'formal', 1, NULL, 1
        UNION ALL SELECT 'communication_style', 'Familiar', '2', 'familiar', 2, NULL, 0
        UNION ALL SELECT 'preferred_communication_method', 'Phone', '1', 'Phone', 1, NULL, 0
        UNION ALL SELECT 'preferred_communication_method', 'Email', '2', 'Email', 2, NULL, 0
        UNION ALL SELECT 'preferred_communication_method', 'Postal Mail', '3', 'Postal Mail', 3, NULL, 0
        UNION ALL SELECT 'preferred_communication_method', 'SMS', '4', 'SMS', 4, NULL, 0
        UNION ALL SELECT 'preferred_communication_method', 'Fax', '5', 'Fax', 5, NULL, 0
        UNION ALL SELECT 'languages', 'English (United Kingdom)', 'en_GB', 'en', 1, NULL, 0
        UNION ALL SELECT 'languages', 'English (United States)', 'en_US', 'en', 2, NULL, 1
        UNION ALL SELECT 'languages', 'French (France)', 'fr_FR', 'fr', 3, NULL, 0
        UNION ALL SELECT 'languages', 'German (Germany)', 'de_DE', 'de', 4, NULL, 0
        UNION ALL SELECT 'languages', 'Spanish (Spain)', 'es_ES', 'es', 5, NULL, 0
        UNION ALL SELECT 'languages', 'Dutch (Netherlands)', 'nl_NL', 'nl', 6, NULL, 0
        UNION ALL SELECT 'email_greeting', 'Dear {contact.first_name}', '1', 'Dear {contact.first_name}', 1, 1, 1
        UNION ALL SELECT 'email_greeting', 'Dear {contact.prefix_id:label} {contact.first_name} {contact.last_name}', '2', 'Dear {contact.prefix_id:label} {contact.first_name} {contact.last_name}', 2, 1, 0
        UNION ALL SELECT 'email_greeting', 'Dear {contact.prefix_id:label} {contact.last_name}', '3', 'Dear {contact.prefix_id:label} {contact.last_name}', 3, 1, 0
        UNION ALL SELECT 'email_greeting', 'Customized', '4', 'Customized', 4, 0, 0
        UNION ALL SELECT 'email_greeting', 'Dear {contact.household_name}', '5', 'Dear {contact.household_name}', 5, 2, 1
        UNION ALL SELECT 'postal_greeting', 'Dear {contact.first_name}', '1', 'Dear {contact.first_name}', 1, 1, 1
        UNION ALL SELECT 'postal_greeting', 'Dear {contact.prefix_id:label} {contact.first_name} {contact.last_name}', '2', 'Dear {contact.prefix_id:label} {contact.first_name} {contact.last_name}', 2, 1, 0
        UNION ALL SELECT 'postal_greeting', 'Dear {contact.prefix_id:label} {contact.last_name}', '3', 'Dear {contact.prefix_id:label} {contact.last_name}', 3, 1, 0
        UNION ALL SELECT 'postal_greeting', 'Customized', '4', 'Customized', 4, 0, 0
        UNION ALL SELECT 'postal_greeting', 'Dear {contact.household_name}', '5', 'Dear {contact.household_name}', 5, 2, 1
        UNION ALL SELECT 'addressee', '{contact.prefix_id:label}{ }{contact.first_name}{ }{contact.middle_name}{ }{contact.last_name}{ }{contact.suffix_id:label}', '1', '{contact.prefix_id:label}{ }{contact.first_name}{ }{contact.middle_name}{ }{contact.last_name}{ }{contact.suffix_id:label}', 1, 1, 1
        UNION ALL SELECT 'addressee', '{contact.household_name}', '2', '{contact.household_name}', 2, 2, 1
        UNION ALL SELECT 'addressee', '{contact.organization_name}', '3', '{contact.organization_name}', 3, 3, 1
        UNION ALL SELECT 'addressee', 'Customized', '4', 'Customized', 4, 0, 0) v
    ON v.grp = g.name;

