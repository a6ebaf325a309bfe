-- SearchKit: a saved search in full (any entity, description, expiry, who made and changed it) and its
-- displays. Shared as saved searches are; a display is run under the caller's own visibility, always:
-- CiviCRM's acl_bypass is not offered.
ALTER TABLE civicrm_saved_search
  ADD COLUMN description TEXT NULL AFTER label,
  ADD COLUMN expires_date DATETIME NULL AFTER api_params,
  ADD COLUMN created_id INT UNSIGNED NULL AFTER expires_date,
  ADD COLUMN modified_id INT UNSIGNED NULL AFTER created_id,
  ADD CONSTRAINT FK_civicrm_saved_search_created_id FOREIGN KEY (created_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  ADD CONSTRAINT FK_civicrm_saved_search_modified_id FOREIGN KEY (modified_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL;

CREATE TABLE civicrm_search_display (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  label VARCHAR(255) NOT NULL,
  saved_search_id INT UNSIGNED NOT NULL,
  type VARCHAR(128) NOT NULL DEFAULT 'table',
  settings TEXT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_saved_search__id_name (saved_search_id, name),
  CONSTRAINT FK_civicrm_search_display_saved_search_id FOREIGN KEY (saved_search_id) REFERENCES civicrm_saved_search (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES ('search_display_type', 'Search Display Type', 1);
INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, icon, is_reserved)
SELECT g.id, v.label, v.value, v.value, v.weight, v.icon, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'Table' AS label, 'table' AS value, 1 AS weight, 'fa-table' AS icon
        UNION ALL SELECT 'List', 'list', 2, 'fa-list'
        UNION ALL SELECT 'Grid', 'grid', 3, 'fa-th') v
 WHERE g.name = 'search_display_type';
