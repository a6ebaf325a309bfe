-- SMS per domain (the seed's "SMS providers" row): each domain's gateways (civicrm_sms_provider, with
-- CiviCRM's columns and domain_id), and mailings sent as SMS to contacts' mobile phones through one of
-- them (civicrm_mailing.sms_provider_id; the recipient's and the queue row's phone).
CREATE TABLE civicrm_sms_provider (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(64) NOT NULL,
  title VARCHAR(64) NOT NULL,
  username VARCHAR(255) NULL,
  password VARCHAR(255) NULL,
  api_type INT UNSIGNED NOT NULL,
  api_url VARCHAR(128) NULL,
  api_params TEXT NULL,
  is_default TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  CONSTRAINT FK_civicrm_sms_provider_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE civicrm_mailing ADD COLUMN sms_provider_id INT UNSIGNED NULL AFTER dedupe_email,
  ADD CONSTRAINT FK_civicrm_mailing_sms_provider_id FOREIGN KEY (sms_provider_id) REFERENCES civicrm_sms_provider (id) ON DELETE SET NULL;
ALTER TABLE civicrm_mailing_recipients ADD COLUMN phone_id INT UNSIGNED NULL AFTER email_id,
  ADD CONSTRAINT FK_civicrm_mailing_recipients_phone_id FOREIGN KEY (phone_id) REFERENCES civicrm_phone (id) ON DELETE CASCADE;
ALTER TABLE civicrm_mailing_event_queue ADD COLUMN phone_id INT UNSIGNED NULL AFTER email,
  ADD COLUMN phone VARCHAR(32) NULL AFTER phone_id;

-- CiviCRM's phone types and SMS gateway types, the same for every domain.
INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES
  ('phone_type', 'Phone Type', 1),
  ('sms_api_type', 'Api Type', 1);

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, is_default, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.weight, v.is_default, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'phone_type' AS grp, 'Phone' AS label, '1' AS value, 'Phone' AS name, 1 AS weight, 1 AS is_default
        UNION ALL SELECT 'phone_type', 'Mobile', '2', 'Mobile', 2, 0
        UNION ALL SELECT 'phone_type', 'Fax', '3', 'Fax', 3, 0
        UNION ALL SELECT 'phone_type', 'Pager', '4', 'Pager', 4, 0
        UNION ALL SELECT 'phone_type', 'Voicemail', '5', 'Voicemail', 5, 0
        UNION ALL SELECT 'sms_api_type', 'http', '1', 'http', 1, 1) v
    ON v.grp = g.name;
