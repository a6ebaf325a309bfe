-- The visibility index carries what a page of contacts is sorted and filtered by (sort_name, is_deleted),
-- so a branch's page at any offset is a range of one index instead of a walk over every contact, and
-- each viewer's count is kept beside it, so a branch's total is one row instead of a count of millions.
-- Rows and counts are kept by triggers in the writing transaction, whatever writes (the application,
-- the structural recompute, SQL by hand); an index row inserted by hand must carry its contact's
-- sort_name and is_deleted, as the triggers and VisibilityIndex do (VisibilityIndex.rebuild() repairs).

ALTER TABLE crm_contact_visibility
  ADD COLUMN is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  ADD COLUMN sort_name VARCHAR(128) NULL,
  ADD KEY index_viewer_page (viewer_domain_id, is_deleted, sort_name, contact_id);

UPDATE crm_contact_visibility v JOIN civicrm_contact c ON c.id = v.contact_id
   SET v.is_deleted = c.is_deleted, v.sort_name = c.sort_name;

-- contacts: index rows of the viewer; trashed: those whose contact is in the trash.
CREATE TABLE crm_contact_visibility_count (
  viewer_domain_id INT UNSIGNED NOT NULL,
  contacts BIGINT NOT NULL DEFAULT 0,
  trashed BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (viewer_domain_id),
  CONSTRAINT FK_crm_contact_visibility_count_domain FOREIGN KEY (viewer_domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO crm_contact_visibility_count (viewer_domain_id, contacts, trashed)
  SELECT viewer_domain_id, COUNT(*), SUM(is_deleted) FROM crm_contact_visibility GROUP BY viewer_domain_id;

-- Whatever inserts an index row gives its contact's sort key and trash flag: a BEFORE INSERT trigger
-- reading them would be simpler, but MariaDB 11.4 then inserts NULLs for every row of an INSERT ... SELECT
-- after the first. The hard-add triggers of V2 are replaced by ones that carry them.
DROP TRIGGER crm_group_contact_added;
CREATE TRIGGER crm_group_contact_added AFTER INSERT ON civicrm_group_contact FOR EACH ROW
  INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted)
  SELECT x.viewer_domain_id, c.id, c.sort_name, c.is_deleted FROM crm_domain_group_closure x
    JOIN civicrm_contact c ON c.id = NEW.contact_id
   WHERE x.group_id = NEW.group_id AND NEW.status = 'Added';

DROP TRIGGER crm_group_contact_status_changed;
CREATE TRIGGER crm_group_contact_status_changed AFTER UPDATE ON civicrm_group_contact FOR EACH ROW
  INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted)
  SELECT x.viewer_domain_id, c.id, c.sort_name, c.is_deleted FROM crm_domain_group_closure x
    JOIN civicrm_contact c ON c.id = NEW.contact_id
   WHERE x.group_id = NEW.group_id AND NEW.status = 'Added' AND OLD.status <> 'Added';

CREATE TRIGGER crm_contact_visibility_counted AFTER INSERT ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contacts, trashed)
  VALUES (NEW.viewer_domain_id, 1, NEW.is_deleted)
  ON DUPLICATE KEY UPDATE contacts = contacts + 1, trashed = trashed + NEW.is_deleted;

CREATE TRIGGER crm_contact_visibility_uncounted AFTER DELETE ON crm_contact_visibility FOR EACH ROW
  UPDATE crm_contact_visibility_count SET contacts = contacts - 1, trashed = trashed - OLD.is_deleted
   WHERE viewer_domain_id = OLD.viewer_domain_id;

-- viewer_domain_id and contact_id never change; is_deleted does, with its contact.
CREATE TRIGGER crm_contact_visibility_trash_counted AFTER UPDATE ON crm_contact_visibility FOR EACH ROW
  UPDATE crm_contact_visibility_count SET trashed = trashed + NEW.is_deleted - OLD.is_deleted
   WHERE viewer_domain_id = NEW.viewer_domain_id AND NEW.is_deleted <> OLD.is_deleted;

-- A contact renamed or trashed (or restored) moves in every viewer's index.
CREATE TRIGGER crm_contact_sort_key_changed AFTER UPDATE ON civicrm_contact FOR EACH ROW
  UPDATE crm_contact_visibility SET sort_name = NEW.sort_name, is_deleted = NEW.is_deleted
   WHERE contact_id = NEW.id AND (NOT (NEW.sort_name <=> OLD.sort_name) OR NEW.is_deleted <> OLD.is_deleted);

-- The foreign key's cascade would remove the index rows without their triggers, leaving counts too high.
CREATE TRIGGER crm_contact_index_removed BEFORE DELETE ON civicrm_contact FOR EACH ROW
  DELETE FROM crm_contact_visibility WHERE contact_id = OLD.id;
