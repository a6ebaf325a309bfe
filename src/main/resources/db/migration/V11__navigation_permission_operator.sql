-- CiviCRM's civicrm_navigation.permission_operator: how the comma-separated permissions of an entry
-- combine, 'AND' (every one, CiviCRM's default) or 'OR' (any one).
ALTER TABLE civicrm_navigation
  ADD COLUMN permission_operator VARCHAR(3) NULL AFTER permission;
