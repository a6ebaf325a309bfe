-- A search screen counts contacts of one type ("Individuals") as often as all of them. Under the row
-- criteria that count probed every contact of a wide branch (2.5 s at a million); the counts of V33 and
-- V34 are now kept per contact type, so a count of one type sums a few rows like the total does. The
-- visibility index carries its contact's type beside the sort key, so that the triggers moving a count
-- know which type's count to move; an index row inserted by hand must carry it too (see V32), or it is
-- counted under no type (VisibilityIndex.rebuild() repairs). contact_type does not change through the
-- application, but SQL by hand may change it: the triggers move the counts then too.

-- Replaced below; dropped first so that filling the new column moves no count.
DROP TRIGGER crm_contact_visibility_trash_counted;
DROP TRIGGER crm_contact_trash_counted;

ALTER TABLE crm_contact_visibility ADD COLUMN contact_type VARCHAR(64) NULL;

UPDATE crm_contact_visibility v JOIN civicrm_contact c ON c.id = v.contact_id SET v.contact_type = c.contact_type;

ALTER TABLE crm_contact_visibility_count
  ADD COLUMN contact_type VARCHAR(64) NULL AFTER viewer_domain_id,
  ADD KEY index_viewer_type (viewer_domain_id, contact_type);
ALTER TABLE crm_contact_visibility_count DROP KEY index_viewer;

DELETE FROM crm_contact_visibility_count;
INSERT INTO crm_contact_visibility_count (viewer_domain_id, contact_type, contacts, trashed)
  SELECT viewer_domain_id, contact_type, COUNT(*), SUM(is_deleted) FROM crm_contact_visibility GROUP BY viewer_domain_id, contact_type;

ALTER TABLE crm_contact_count
  ADD COLUMN contact_type VARCHAR(64) NULL AFTER id,
  ADD KEY index_type (contact_type);

DELETE FROM crm_contact_count;
INSERT INTO crm_contact_count (contact_type, contacts, trashed)
  SELECT contact_type, COUNT(*), COALESCE(SUM(is_deleted), 0) FROM civicrm_contact GROUP BY contact_type;

-- A hard-add gives the index row its contact's type with its sort key and trash flag.
DROP TRIGGER crm_group_contact_added;
CREATE TRIGGER crm_group_contact_added AFTER INSERT ON civicrm_group_contact FOR EACH ROW
  INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted, contact_type)
  SELECT x.viewer_domain_id, c.id, c.sort_name, c.is_deleted, c.contact_type FROM crm_domain_group_closure x
    JOIN civicrm_contact c ON c.id = NEW.contact_id
   WHERE x.group_id = NEW.group_id AND NEW.status = 'Added';

DROP TRIGGER crm_group_contact_status_changed;
CREATE TRIGGER crm_group_contact_status_changed AFTER UPDATE ON civicrm_group_contact FOR EACH ROW
  INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted, contact_type)
  SELECT x.viewer_domain_id, c.id, c.sort_name, c.is_deleted, c.contact_type FROM crm_domain_group_closure x
    JOIN civicrm_contact c ON c.id = NEW.contact_id
   WHERE x.group_id = NEW.group_id AND NEW.status = 'Added' AND OLD.status <> 'Added';

DROP TRIGGER crm_contact_visibility_counted;
CREATE TRIGGER crm_contact_visibility_counted AFTER INSERT ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contact_type, contacts, trashed)
  VALUES (NEW.viewer_domain_id, NEW.contact_type, 1, NEW.is_deleted);

DROP TRIGGER crm_contact_visibility_uncounted;
CREATE TRIGGER crm_contact_visibility_uncounted AFTER DELETE ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contact_type, contacts, trashed)
  VALUES (OLD.viewer_domain_id, OLD.contact_type, -1, -OLD.is_deleted);

-- A row whose type changed leaves its old type's count for the new one's; otherwise only the trash moves.
CREATE TRIGGER crm_contact_visibility_recounted AFTER UPDATE ON crm_contact_visibility FOR EACH ROW
  INSERT INTO crm_contact_visibility_count (viewer_domain_id, contact_type, contacts, trashed)
  SELECT OLD.viewer_domain_id, OLD.contact_type, -1, -CAST(OLD.is_deleted AS SIGNED) FROM DUAL
   WHERE NOT (NEW.contact_type <=> OLD.contact_type)
  UNION ALL
  SELECT NEW.viewer_domain_id, NEW.contact_type, 1, CAST(NEW.is_deleted AS SIGNED) FROM DUAL
   WHERE NOT (NEW.contact_type <=> OLD.contact_type)
  UNION ALL
  SELECT NEW.viewer_domain_id, NEW.contact_type, 0, CAST(NEW.is_deleted AS SIGNED) - CAST(OLD.is_deleted AS SIGNED) FROM DUAL
   WHERE NEW.contact_type <=> OLD.contact_type AND NEW.is_deleted <> OLD.is_deleted;

-- A contact renamed, trashed (or restored) or given another type moves in every viewer's index.
DROP TRIGGER crm_contact_sort_key_changed;
CREATE TRIGGER crm_contact_sort_key_changed AFTER UPDATE ON civicrm_contact FOR EACH ROW
  UPDATE crm_contact_visibility SET sort_name = NEW.sort_name, is_deleted = NEW.is_deleted, contact_type = NEW.contact_type
   WHERE contact_id = NEW.id
     AND (NOT (NEW.sort_name <=> OLD.sort_name) OR NEW.is_deleted <> OLD.is_deleted OR NOT (NEW.contact_type <=> OLD.contact_type));

DROP TRIGGER crm_contact_counted;
CREATE TRIGGER crm_contact_counted AFTER INSERT ON civicrm_contact FOR EACH ROW
  INSERT INTO crm_contact_count (contact_type, contacts, trashed) VALUES (NEW.contact_type, 1, NEW.is_deleted);

DROP TRIGGER crm_contact_uncounted;
CREATE TRIGGER crm_contact_uncounted AFTER DELETE ON civicrm_contact FOR EACH ROW
  INSERT INTO crm_contact_count (contact_type, contacts, trashed) VALUES (OLD.contact_type, -1, -CAST(OLD.is_deleted AS SIGNED));

CREATE TRIGGER crm_contact_recounted AFTER UPDATE ON civicrm_contact FOR EACH ROW
  INSERT INTO crm_contact_count (contact_type, contacts, trashed)
  SELECT OLD.contact_type, -1, -CAST(OLD.is_deleted AS SIGNED) FROM DUAL WHERE NOT (NEW.contact_type <=> OLD.contact_type)
  UNION ALL
  SELECT NEW.contact_type, 1, CAST(NEW.is_deleted AS SIGNED) FROM DUAL WHERE NOT (NEW.contact_type <=> OLD.contact_type)
  UNION ALL
  SELECT NEW.contact_type, 0, CAST(NEW.is_deleted AS SIGNED) - CAST(OLD.is_deleted AS SIGNED) FROM DUAL
   WHERE NEW.contact_type <=> OLD.contact_type AND NEW.is_deleted <> OLD.is_deleted;
