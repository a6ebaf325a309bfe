-- CiviContribute's contributions, shared by default as in CiviCRM (no domain_id: a contribution is seen
-- by whoever sees its contact); the separation table can make them per domain (separate books per
-- charity) with the migration the start prints. Statuses and payment instruments are CiviCRM's option
-- groups, offered to every domain.

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES
  ('contribution_status', 'Contribution Status', 1),
  ('payment_instrument', 'Payment Methods', 1);

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight)
SELECT g.id, v.label, v.value, v.name, v.weight
  FROM civicrm_option_group g
  JOIN (SELECT 'Completed' AS label, '1' AS value, 'Completed' AS name, 1 AS weight
        UNION ALL SELECT 'Pending', '2', 'Pending', 2
        UNION ALL SELECT 'Cancelled', '3', 'Cancelled', 3
        UNION ALL SELECT 'Failed', '4', 'Failed', 4
        UNION ALL SELECT 'In Progress', '5', 'In Progress', 5
        UNION ALL SELECT 'Overdue', '6', 'Overdue', 6
        UNION ALL SELECT 'Refunded', '7', 'Refunded', 7
        UNION ALL SELECT 'Partially paid', '8', 'Partially paid', 8
        UNION ALL SELECT 'Pending refund', '9', 'Pending refund', 9
        UNION ALL SELECT 'Chargeback', '10', 'Chargeback', 10) v
 WHERE g.name = 'contribution_status';

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight)
SELECT g.id, v.label, v.value, v.name, v.weight
  FROM civicrm_option_group g
  JOIN (SELECT 'Credit Card' AS label, '1' AS value, 'Credit Card' AS name, 1 AS weight
        UNION ALL SELECT 'Debit Card', '2', 'Debit Card', 2
        UNION ALL SELECT 'Cash', '3', 'Cash', 3
        UNION ALL SELECT 'Check', '4', 'Check', 4
        UNION ALL SELECT 'EFT', '5', 'EFT', 5) v
 WHERE g.name = 'payment_instrument';

CREATE TABLE civicrm_contribution (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id INT UNSIGNED NOT NULL,
  financial_type_id INT UNSIGNED NOT NULL,
  payment_instrument_id INT UNSIGNED NULL,
  receive_date DATETIME NULL,
  total_amount DECIMAL(20,2) NOT NULL,
  fee_amount DECIMAL(20,2) NULL,
  net_amount DECIMAL(20,2) NULL,
  trxn_id VARCHAR(255) NULL,
  invoice_id VARCHAR(255) NULL,
  currency VARCHAR(3) NOT NULL,
  cancel_date DATETIME NULL,
  cancel_reason VARCHAR(255) NULL,
  source VARCHAR(255) NULL,
  contribution_status_id INT UNSIGNED NOT NULL DEFAULT 1,
  is_test TINYINT(1) NOT NULL DEFAULT 0,
  is_pay_later TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY UI_contrib_trxn_id (trxn_id),
  UNIQUE KEY UI_contrib_invoice_id (invoice_id),
  KEY index_contact (contact_id),
  KEY index_receive_date (receive_date),
  CONSTRAINT FK_civicrm_contribution_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_contribution_financial_type_id FOREIGN KEY (financial_type_id) REFERENCES civicrm_financial_type (id),
  CONSTRAINT chk_currency CHECK (currency REGEXP '^[A-Z]{3}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
