-- Groups as CiviCRM's clients send them: their types (Access Control, Mailing List) and the title and
-- description shown on public pages.
ALTER TABLE civicrm_group
  ADD COLUMN group_type VARCHAR(128) NULL AFTER is_reserved,
  ADD COLUMN frontend_title VARCHAR(255) NULL AFTER group_type,
  ADD COLUMN frontend_description TEXT NULL AFTER frontend_title;

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES ('group_type', 'Group Type', 1);
INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.weight, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'Access Control' AS label, '1' AS value, 'Access Control' AS name, 1 AS weight
        UNION ALL SELECT 'Mailing List', '2', 'Mailing List', 2) v
 WHERE g.name = 'group_type';
