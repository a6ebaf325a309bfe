-- CiviMember: the kinds of money (financial types, shared as in CiviCRM), the statuses a membership
-- moves through (shared), CiviCRM's remaining membership type terms, and the memberships themselves:
-- unlike CiviCRM's, each belongs to the domain of its type, so a shared contact's memberships of one
-- domain are not another's to see.

CREATE TABLE civicrm_financial_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  description VARCHAR(255) NULL,
  is_deductible TINYINT(1) NOT NULL DEFAULT 0,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_financial_type (id, name, is_deductible, is_reserved) VALUES
  (1, 'Donation', 1, 0),
  (2, 'Member Dues', 1, 0),
  (3, 'Campaign Contribution', 0, 0),
  (4, 'Event Fee', 0, 0);

ALTER TABLE civicrm_membership_type
  ADD COLUMN financial_type_id INT UNSIGNED NULL AFTER member_of_contact_id,
  ADD COLUMN fixed_period_start_day INT NULL AFTER period_type,
  ADD COLUMN fixed_period_rollover_day INT NULL AFTER fixed_period_start_day,
  ADD COLUMN max_related INT NULL AFTER fixed_period_rollover_day,
  ADD COLUMN visibility VARCHAR(64) NOT NULL DEFAULT 'Public' AFTER max_related,
  ADD COLUMN auto_renew TINYINT NOT NULL DEFAULT 0 AFTER visibility,
  ADD COLUMN weight INT NOT NULL DEFAULT 0 AFTER auto_renew;
-- every existing type is dues
UPDATE civicrm_membership_type SET financial_type_id = 2 WHERE financial_type_id IS NULL;
ALTER TABLE civicrm_membership_type
  MODIFY financial_type_id INT UNSIGNED NOT NULL,
  ADD CONSTRAINT FK_civicrm_membership_type_financial_type_id FOREIGN KEY (financial_type_id) REFERENCES civicrm_financial_type (id),
  ADD CONSTRAINT chk_visibility CHECK (visibility IN ('Public', 'Admin')),
  ADD CONSTRAINT chk_auto_renew CHECK (auto_renew IN (0, 1, 2));

CREATE TABLE civicrm_membership_status (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(128) NOT NULL,
  label VARCHAR(128) NULL,
  start_event VARCHAR(12) NULL,
  start_event_adjust_unit VARCHAR(8) NULL,
  start_event_adjust_interval INT NULL,
  end_event VARCHAR(12) NULL,
  end_event_adjust_unit VARCHAR(8) NULL,
  end_event_adjust_interval INT NULL,
  is_current_member TINYINT(1) NOT NULL DEFAULT 0,
  is_admin TINYINT(1) NOT NULL DEFAULT 0,
  weight INT NOT NULL DEFAULT 0,
  is_default TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name),
  CONSTRAINT chk_start_event CHECK (start_event IN ('start_date', 'end_date', 'join_date')),
  CONSTRAINT chk_end_event CHECK (end_event IN ('start_date', 'end_date', 'join_date')),
  CONSTRAINT chk_start_adjust_unit CHECK (start_event_adjust_unit IN ('day', 'month', 'year')),
  CONSTRAINT chk_end_adjust_unit CHECK (end_event_adjust_unit IN ('day', 'month', 'year'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CiviCRM's seven, in weight order
INSERT INTO civicrm_membership_status (id, name, label, start_event, start_event_adjust_unit, start_event_adjust_interval,
    end_event, end_event_adjust_unit, end_event_adjust_interval, is_current_member, is_admin, weight, is_default, is_reserved) VALUES
  (1, 'New', 'New', 'join_date', NULL, NULL, 'join_date', 'month', 3, 1, 0, 1, 0, 0),
  (2, 'Current', 'Current', 'start_date', NULL, NULL, 'end_date', NULL, NULL, 1, 0, 2, 1, 1),
  (3, 'Grace', 'Grace', 'end_date', NULL, NULL, 'end_date', 'month', 1, 1, 0, 3, 0, 0),
  (4, 'Expired', 'Expired', 'end_date', 'month', 1, NULL, NULL, NULL, 0, 0, 4, 0, 0),
  (5, 'Pending', 'Pending', 'join_date', NULL, NULL, 'join_date', NULL, NULL, 0, 0, 5, 0, 1),
  (6, 'Cancelled', 'Cancelled', 'join_date', NULL, NULL, 'join_date', NULL, NULL, 0, 0, 6, 0, 1),
  (7, 'Deceased', 'Deceased', NULL, NULL, NULL, NULL, NULL, NULL, 0, 1, 7, 0, 1);

CREATE TABLE civicrm_membership (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  membership_type_id INT UNSIGNED NOT NULL,
  join_date DATE NULL,
  start_date DATE NULL,
  end_date DATE NULL,
  source VARCHAR(128) NULL,
  status_id INT UNSIGNED NOT NULL,
  is_override TINYINT(1) NOT NULL DEFAULT 0,
  status_override_end_date DATE NULL,
  owner_membership_id INT UNSIGNED NULL,
  max_related INT NULL,
  is_test TINYINT(1) NOT NULL DEFAULT 0,
  is_pay_later TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY index_contact (contact_id),
  -- the status job walks the rows it may change, by id
  KEY index_status_override (status_id, is_override),
  CONSTRAINT FK_civicrm_membership_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_membership_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  -- a type in use is not deleted (CiviCRM refuses it too)
  CONSTRAINT FK_civicrm_membership_membership_type_id FOREIGN KEY (membership_type_id) REFERENCES civicrm_membership_type (id),
  CONSTRAINT FK_civicrm_membership_status_id FOREIGN KEY (status_id) REFERENCES civicrm_membership_status (id),
  CONSTRAINT FK_civicrm_membership_owner_membership_id FOREIGN KEY (owner_membership_id) REFERENCES civicrm_membership (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
