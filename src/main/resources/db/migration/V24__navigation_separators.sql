-- CiviCRM's has_separator on a menu entry: 0 none, 1 a separator after it, 2 before it.
ALTER TABLE civicrm_navigation ADD COLUMN has_separator TINYINT NOT NULL DEFAULT 0 AFTER is_active;

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES ('navigation_separator', 'Menu separator', 1);
INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.weight, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'None' AS label, '0' AS value, 'none' AS name, 1 AS weight
        UNION ALL SELECT 'After', '1', 'after', 2
        UNION ALL SELECT 'Before', '2', 'before', 3) v
 WHERE g.name = 'navigation_separator';
