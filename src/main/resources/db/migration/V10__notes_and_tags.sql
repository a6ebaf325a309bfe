-- CiviCRM's notes and tags on contacts. Shared as CiviCRM's: a note or a tagging is seen by whoever sees
-- its contact; a private note ('1') by its author alone. Notes and taggings go with their contact.

CREATE TABLE civicrm_note (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  entity_table VARCHAR(64) NOT NULL DEFAULT 'civicrm_contact',
  entity_id INT UNSIGNED NOT NULL,
  note TEXT NULL,
  contact_id INT UNSIGNED NULL,
  note_date DATETIME NULL,
  created_date DATETIME NULL,
  modified_date DATETIME NULL,
  subject VARCHAR(255) NULL,
  privacy VARCHAR(255) NOT NULL DEFAULT '0',
  PRIMARY KEY (id),
  KEY index_entity (entity_table, entity_id),
  CONSTRAINT FK_civicrm_note_entity_id FOREIGN KEY (entity_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_note_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_tag (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  label VARCHAR(64) NOT NULL,
  description VARCHAR(255) NULL,
  parent_id INT UNSIGNED NULL,
  is_selectable TINYINT(1) NOT NULL DEFAULT 1,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  is_tagset TINYINT(1) NOT NULL DEFAULT 0,
  used_for VARCHAR(64) NOT NULL DEFAULT 'civicrm_contact',
  color VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name),
  CONSTRAINT FK_civicrm_tag_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm_tag (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_tag (name, label, description, is_reserved) VALUES
  ('Non-profit', 'Non-profit', 'Any not-for-profit organization.', 0),
  ('Company', 'Company', 'For-profit organization.', 0),
  ('Government Entity', 'Government Entity', 'Any governmental entity.', 0),
  ('Major Donor', 'Major Donor', 'High-value supporter of our organization.', 0),
  ('Volunteer', 'Volunteer', 'Active volunteers.', 0);

CREATE TABLE civicrm_entity_tag (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  entity_table VARCHAR(64) NOT NULL DEFAULT 'civicrm_contact',
  entity_id INT UNSIGNED NOT NULL,
  tag_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_entity_id_entity_table_tag_id (entity_id, entity_table, tag_id),
  CONSTRAINT FK_civicrm_entity_tag_entity_id FOREIGN KEY (entity_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_entity_tag_tag_id FOREIGN KEY (tag_id) REFERENCES civicrm_tag (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
