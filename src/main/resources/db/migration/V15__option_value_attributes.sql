-- CiviCRM's option values carry more than a label: what the ':description', ':icon', ':color' and
-- ':grouping' suffixes of APIv4 answer, and whether the option is reserved (kept by upgrades).
ALTER TABLE civicrm_option_value
  ADD COLUMN description TEXT NULL AFTER name,
  ADD COLUMN icon VARCHAR(255) NULL AFTER description,
  ADD COLUMN color VARCHAR(255) NULL AFTER icon,
  ADD COLUMN `grouping` VARCHAR(255) NULL AFTER color,
  ADD COLUMN is_reserved TINYINT(1) NOT NULL DEFAULT 0 AFTER is_default;

-- CiviCRM's icons and colours for the option lists that have them.
UPDATE civicrm_option_value v JOIN civicrm_option_group g ON g.id = v.option_group_id
   SET v.color = CASE v.name WHEN 'Completed' THEN '#1e8e3e' WHEN 'Pending' THEN '#f0ad4e' WHEN 'Cancelled' THEN '#777777'
                             WHEN 'Failed' THEN '#cf3458' WHEN 'Refunded' THEN '#777777' ELSE v.color END,
       v.is_reserved = 1
 WHERE g.name IN ('contribution_status', 'payment_instrument', 'individual_prefix', 'acl_role');
