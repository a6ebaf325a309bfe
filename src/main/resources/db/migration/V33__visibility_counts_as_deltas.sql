-- V32 kept one count row per viewer, updated by every write to the visibility index. A head office's
-- row is shared by all its branches, so a branch's open transaction held up every other branch's
-- contact writes until it ended: a wait one domain could time to learn of another's work. Counts are
-- now insert-only: each index write adds a row of deltas, a count is their sum, and
-- DeltaFoldingJob folds each viewer's rows into one in the background. Inserts of distinct rows
-- never wait for each other.

ALTER TABLE crm_contact_visibility_count DROP FOREIGN KEY FK_crm_contact_visibility_count_domain;
ALTER TABLE crm_contact_visibility_count
  DROP PRIMARY KEY,
  ADD COLUMN id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
  ADD KEY index_viewer (viewer_domain_id);
ALTER TABLE crm_contact_visibility_count
  ADD CONSTRAINT FK_crm_contact_visibility_count_domain FOREIGN KEY (viewer_domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE;

DROP TRIGGER crm_contact_visibility_counted;
CREATE TRIGGER crm_contact_visibility_counted AFTER INSERT ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contacts, trashed)
  VALUES (NEW.viewer_domain_id, 1, NEW.is_deleted);

DROP TRIGGER crm_contact_visibility_uncounted;
CREATE TRIGGER crm_contact_visibility_uncounted AFTER DELETE ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contacts, trashed)
  VALUES (OLD.viewer_domain_id, -1, -OLD.is_deleted);

DROP TRIGGER crm_contact_visibility_trash_counted;
CREATE TRIGGER crm_contact_visibility_trash_counted AFTER UPDATE ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contacts, trashed)
  SELECT NEW.viewer_domain_id, 0, CAST(NEW.is_deleted AS SIGNED) - CAST(OLD.is_deleted AS SIGNED)
    FROM DUAL WHERE NEW.is_deleted <> OLD.is_deleted;
