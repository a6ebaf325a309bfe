-- CiviCRM's order flow. An order is a contribution with its line items (civicrm_line_item); a payment
-- is a financial transaction (civicrm_financial_trxn; CiviCRM links it through
-- civicrm_entity_financial_trxn, here a payment pays one contribution, named on the row); a
-- membership bought in an order is linked to it by civicrm_membership_payment.
--
-- contact_id on these three is ours, not CiviCRM's: the contribution's (or the membership's) contact,
-- copied when the row is written (it never changes), so each row is seen by whoever sees that contact,
-- through the one contact rule every contact-owned row meets. Line items and payments follow the
-- separation table's Contribution row (shared, or per domain for separate books); membership payments
-- follow the Membership row (per domain).

CREATE TABLE civicrm_line_item (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contribution_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  entity_table VARCHAR(64) NOT NULL,
  entity_id INT UNSIGNED NOT NULL,
  label VARCHAR(255) NULL,
  qty DECIMAL(20,2) NOT NULL,
  unit_price DECIMAL(20,2) NOT NULL,
  line_total DECIMAL(20,2) NOT NULL,
  financial_type_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  KEY index_contribution (contribution_id),
  KEY index_entity (entity_table, entity_id),
  CONSTRAINT FK_civicrm_line_item_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm_contribution (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_line_item_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_line_item_financial_type_id FOREIGN KEY (financial_type_id) REFERENCES civicrm_financial_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_financial_trxn (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contribution_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  trxn_date DATETIME NOT NULL,
  total_amount DECIMAL(20,2) NOT NULL,
  fee_amount DECIMAL(20,2) NULL,
  net_amount DECIMAL(20,2) NULL,
  currency VARCHAR(3) NOT NULL,
  trxn_id VARCHAR(255) NULL,
  trxn_result_code VARCHAR(255) NULL,
  status_id INT UNSIGNED NOT NULL,
  payment_instrument_id INT UNSIGNED NULL,
  payment_processor_id INT UNSIGNED NULL,
  check_number VARCHAR(255) NULL,
  pan_truncation VARCHAR(4) NULL,
  is_payment TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY index_contribution (contribution_id),
  KEY index_trxn_id (trxn_id),
  CONSTRAINT FK_civicrm_financial_trxn_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm_contribution (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_financial_trxn_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_financial_trxn_payment_processor_id FOREIGN KEY (payment_processor_id) REFERENCES civicrm_payment_processor (id) ON DELETE SET NULL,
  CONSTRAINT chk_financial_trxn_currency CHECK (currency REGEXP '^[A-Z]{3}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_membership_payment (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  membership_id INT UNSIGNED NOT NULL,
  contribution_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_contribution_membership (contribution_id, membership_id),
  CONSTRAINT FK_civicrm_membership_payment_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_membership_payment_membership_id FOREIGN KEY (membership_id) REFERENCES civicrm_membership (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_membership_payment_contribution_id FOREIGN KEY (contribution_id) REFERENCES civicrm_contribution (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_membership_payment_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A domain's public page for a donation or a membership signup, on the domain's own host. Processors and
-- membership types are JSON arrays of ids, as APIv4 answers CiviCRM's multi-valued columns; each must be
-- one of the page's domain's own.
CREATE TABLE civicrm_contribution_page (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(255) NOT NULL,
  title VARCHAR(255) NOT NULL,
  frontend_title VARCHAR(255) NULL,
  intro_text TEXT NULL,
  thankyou_text TEXT NULL,
  financial_type_id INT UNSIGNED NOT NULL,
  payment_processor VARCHAR(128) NULL,
  is_monetary TINYINT(1) NOT NULL DEFAULT 1,
  is_allow_other_amount TINYINT(1) NOT NULL DEFAULT 1,
  min_amount DECIMAL(20,2) NULL,
  max_amount DECIMAL(20,2) NULL,
  goal_amount DECIMAL(20,2) NULL,
  currency VARCHAR(3) NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  start_date DATETIME NULL,
  end_date DATETIME NULL,
  created_date DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  CONSTRAINT FK_civicrm_contribution_page_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_contribution_page_financial_type_id FOREIGN KEY (financial_type_id) REFERENCES civicrm_financial_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CiviCRM's membership block of a contribution page: which of the domain's membership types it sells.
CREATE TABLE civicrm_membership_block (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  entity_table VARCHAR(64) NOT NULL DEFAULT 'civicrm_contribution_page',
  entity_id INT UNSIGNED NOT NULL,
  membership_types VARCHAR(1024) NOT NULL,
  membership_type_default INT UNSIGNED NULL,
  is_required TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_entity (entity_table, entity_id),
  CONSTRAINT FK_civicrm_membership_block_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_membership_block_entity_id FOREIGN KEY (entity_id) REFERENCES civicrm_contribution_page (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
