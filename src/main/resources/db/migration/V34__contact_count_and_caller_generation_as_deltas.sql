-- Two more numbers many writers moved in place, on one row each: every branch's contact writes waited on
-- each other at the row of all contacts (V33 did the same for a viewer's count), and every write of a
-- login, key, role or contact match on the caller generation's row. Both become insert-only rows of
-- deltas, read as their sum and folded in the background (DeltaFoldingJob).

-- All contacts, counted for a caller with 'view all contacts': the count read every contact (424 ms at
-- a million); now it sums a few rows.
CREATE TABLE crm_contact_count (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  contacts BIGINT NOT NULL,
  trashed BIGINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO crm_contact_count (contacts, trashed) SELECT COUNT(*), COALESCE(SUM(is_deleted), 0) FROM civicrm_contact;

CREATE TRIGGER crm_contact_counted AFTER INSERT ON civicrm_contact FOR EACH ROW
  INSERT INTO crm_contact_count (contacts, trashed) VALUES (1, NEW.is_deleted);

CREATE TRIGGER crm_contact_uncounted AFTER DELETE ON civicrm_contact FOR EACH ROW
  INSERT INTO crm_contact_count (contacts, trashed) VALUES (-1, -CAST(OLD.is_deleted AS SIGNED));

CREATE TRIGGER crm_contact_trash_counted AFTER UPDATE ON civicrm_contact FOR EACH ROW
  INSERT INTO crm_contact_count (contacts, trashed)
  SELECT 0, CAST(NEW.is_deleted AS SIGNED) - CAST(OLD.is_deleted AS SIGNED) FROM DUAL WHERE NEW.is_deleted <> OLD.is_deleted;

-- The caller generation is the sum of the changes, continuing from where V31's number stood.
CREATE TABLE crm_caller_change (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  changes BIGINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO crm_caller_change (changes) SELECT generation FROM crm_caller_generation WHERE id = 1;

DROP TRIGGER crm_caller_user_inserted;
CREATE TRIGGER crm_caller_user_inserted AFTER INSERT ON crm_user FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_user_updated;
CREATE TRIGGER crm_caller_user_updated AFTER UPDATE ON crm_user FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_user_deleted;
CREATE TRIGGER crm_caller_user_deleted AFTER DELETE ON crm_user FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_api_key_inserted;
CREATE TRIGGER crm_caller_api_key_inserted AFTER INSERT ON crm_api_key FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_api_key_updated;
CREATE TRIGGER crm_caller_api_key_updated AFTER UPDATE ON crm_api_key FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_api_key_deleted;
CREATE TRIGGER crm_caller_api_key_deleted AFTER DELETE ON crm_api_key FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_user_role_inserted;
CREATE TRIGGER crm_caller_user_role_inserted AFTER INSERT ON crm_user_role FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_user_role_updated;
CREATE TRIGGER crm_caller_user_role_updated AFTER UPDATE ON crm_user_role FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_user_role_deleted;
CREATE TRIGGER crm_caller_user_role_deleted AFTER DELETE ON crm_user_role FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_role_inserted;
CREATE TRIGGER crm_caller_role_inserted AFTER INSERT ON crm_role FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_role_updated;
CREATE TRIGGER crm_caller_role_updated AFTER UPDATE ON crm_role FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_role_deleted;
CREATE TRIGGER crm_caller_role_deleted AFTER DELETE ON crm_role FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_role_permission_inserted;
CREATE TRIGGER crm_caller_role_permission_inserted AFTER INSERT ON crm_role_permission FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_role_permission_updated;
CREATE TRIGGER crm_caller_role_permission_updated AFTER UPDATE ON crm_role_permission FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_role_permission_deleted;
CREATE TRIGGER crm_caller_role_permission_deleted AFTER DELETE ON crm_role_permission FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_uf_match_inserted;
CREATE TRIGGER crm_caller_uf_match_inserted AFTER INSERT ON civicrm_uf_match FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_uf_match_updated;
CREATE TRIGGER crm_caller_uf_match_updated AFTER UPDATE ON civicrm_uf_match FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TRIGGER crm_caller_uf_match_deleted;
CREATE TRIGGER crm_caller_uf_match_deleted AFTER DELETE ON civicrm_uf_match FOR EACH ROW INSERT INTO crm_caller_change (changes) VALUES (1);

DROP TABLE crm_caller_generation;
