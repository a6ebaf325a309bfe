-- CiviCRM's status preferences (civicrm_status_pref), per domain: a status check hushed until a date,
-- or ignored up to a severity, by that domain's administrators only.
CREATE TABLE civicrm_status_pref (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(255) NOT NULL,
  hush_until DATE NULL,
  ignore_severity INT UNSIGNED NOT NULL DEFAULT 1,
  prefs VARCHAR(255) NULL,
  check_info VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_status_pref_name (domain_id, name),
  CONSTRAINT FK_civicrm_status_pref_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- PSR-3 severities, as CiviCRM numbers them.
INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES ('severity', 'Severity', 1);
INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.value + 1, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'Debug' AS label, '0' AS value, 'debug' AS name
        UNION ALL SELECT 'Info', '1', 'info' UNION ALL SELECT 'Notice', '2', 'notice'
        UNION ALL SELECT 'Warning', '3', 'warning' UNION ALL SELECT 'Error', '4', 'error'
        UNION ALL SELECT 'Critical', '5', 'critical' UNION ALL SELECT 'Alert', '6', 'alert'
        UNION ALL SELECT 'Emergency', '7', 'emergency') v
 WHERE g.name = 'severity';
