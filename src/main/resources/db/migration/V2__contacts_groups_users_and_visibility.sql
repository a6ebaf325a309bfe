-- Contacts with their locations, groups, relationships, ACLs, users with per-domain roles, and the
-- visibility index that answers "which contacts may this domain's users see" without a group cache.
-- Column names follow CiviCRM's schema; crm_ tables are ours.

CREATE TABLE civicrm_location_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  display_name VARCHAR(64) NOT NULL,
  is_default TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_location_type (id, name, display_name, is_default) VALUES
  (1, 'Home', 'Home', 1), (2, 'Work', 'Work', 0), (3, 'Main', 'Main', 0), (4, 'Other', 'Other', 0), (5, 'Billing', 'Billing', 0);

CREATE TABLE civicrm_email (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id INT UNSIGNED NOT NULL,
  location_type_id INT UNSIGNED NOT NULL,
  email VARCHAR(254) NOT NULL,
  is_primary TINYINT(1) NOT NULL DEFAULT 0,
  on_hold TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY index_email (email),
  CONSTRAINT FK_civicrm_email_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_email_location_type_id FOREIGN KEY (location_type_id) REFERENCES civicrm_location_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_phone (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id INT UNSIGNED NOT NULL,
  location_type_id INT UNSIGNED NOT NULL,
  phone VARCHAR(32) NOT NULL,
  phone_type_id INT UNSIGNED NULL,
  is_primary TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_phone_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_phone_location_type_id FOREIGN KEY (location_type_id) REFERENCES civicrm_location_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_address (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id INT UNSIGNED NOT NULL,
  location_type_id INT UNSIGNED NOT NULL,
  street_address VARCHAR(96) NULL,
  supplemental_address_1 VARCHAR(96) NULL,
  city VARCHAR(64) NULL,
  postal_code VARCHAR(64) NULL,
  is_primary TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_address_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_address_location_type_id FOREIGN KEY (location_type_id) REFERENCES civicrm_location_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_saved_search (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(255) NOT NULL,
  label VARCHAR(255) NULL,
  api_entity VARCHAR(255) NOT NULL DEFAULT 'Contact',
  api_params TEXT NOT NULL,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_group (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  title VARCHAR(255) NOT NULL,
  description TEXT NULL,
  saved_search_id INT UNSIGNED NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  visibility VARCHAR(24) NOT NULL DEFAULT 'User and User Admin Only',
  is_hidden TINYINT(1) NOT NULL DEFAULT 0,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  created_id INT UNSIGNED NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name),
  CONSTRAINT FK_civicrm_group_saved_search_id FOREIGN KEY (saved_search_id) REFERENCES civicrm_saved_search (id),
  CONSTRAINT FK_civicrm_group_created_id FOREIGN KEY (created_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL,
  CONSTRAINT chk_group_visibility CHECK (visibility IN ('User and User Admin Only', 'Public Pages'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Memberships are removed through the application before a group is deleted (RESTRICT), so the
-- visibility triggers below see every change.
CREATE TABLE civicrm_group_contact (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  group_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  status VARCHAR(8) NOT NULL DEFAULT 'Added',
  PRIMARY KEY (id),
  UNIQUE KEY UI_contact_group (contact_id, group_id),
  KEY index_group_status (group_id, status, contact_id),
  CONSTRAINT FK_civicrm_group_contact_group_id FOREIGN KEY (group_id) REFERENCES civicrm_group (id) ON DELETE RESTRICT,
  CONSTRAINT FK_civicrm_group_contact_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT chk_group_contact_status CHECK (status IN ('Added', 'Removed', 'Pending'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_group_nesting (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  child_group_id INT UNSIGNED NOT NULL,
  parent_group_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_child_parent (child_group_id, parent_group_id),
  KEY index_parent (parent_group_id),
  CONSTRAINT FK_civicrm_group_nesting_child FOREIGN KEY (child_group_id) REFERENCES civicrm_group (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_group_nesting_parent FOREIGN KEY (parent_group_id) REFERENCES civicrm_group (id) ON DELETE CASCADE,
  CONSTRAINT chk_group_nesting_not_self CHECK (child_group_id <> parent_group_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_group_organization (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  group_id INT UNSIGNED NOT NULL,
  organization_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_group_organization (group_id, organization_id),
  KEY index_organization (organization_id),
  CONSTRAINT FK_civicrm_group_organization_group_id FOREIGN KEY (group_id) REFERENCES civicrm_group (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_group_organization_organization_id FOREIGN KEY (organization_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_relationship_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name_a_b VARCHAR(64) NOT NULL,
  label_a_b VARCHAR(64) NOT NULL,
  name_b_a VARCHAR(64) NOT NULL,
  label_b_a VARCHAR(64) NOT NULL,
  description VARCHAR(255) NULL,
  contact_type_a VARCHAR(12) NULL,
  contact_type_b VARCHAR(12) NULL,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name_a_b (name_a_b),
  UNIQUE KEY UI_name_b_a (name_b_a)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_relationship_type (name_a_b, label_a_b, name_b_a, label_b_a, description, contact_type_a, contact_type_b, is_reserved) VALUES
  ('Employee of', 'Employee of', 'Employer of', 'Employer of', 'Employment relationship.', 'Individual', 'Organization', 1),
  ('Head of Household for', 'Head of Household for', 'Head of Household is', 'Head of Household is', 'Head of household.', 'Individual', 'Household', 1),
  ('Household Member of', 'Household Member of', 'Household Member is', 'Household Member is', 'Household membership.', 'Individual', 'Household', 1),
  ('Supervised by', 'Supervised by', 'Supervisor', 'Supervisor', 'Immediate workplace supervisor.', 'Individual', 'Individual', 0),
  ('Affiliated with', 'Affiliated with', 'Affiliate of', 'Affiliate of', 'An organisation or household that oversees another contact.', NULL, NULL, 0);

-- is_permission_a_b / is_permission_b_a: 0 none, 1 view and update, 2 view only (CiviCRM's values).
CREATE TABLE civicrm_relationship (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  contact_id_a INT UNSIGNED NOT NULL,
  contact_id_b INT UNSIGNED NOT NULL,
  relationship_type_id INT UNSIGNED NOT NULL,
  start_date DATE NULL,
  end_date DATE NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  description VARCHAR(255) NULL,
  is_permission_a_b TINYINT UNSIGNED NOT NULL DEFAULT 0,
  is_permission_b_a TINYINT UNSIGNED NOT NULL DEFAULT 0,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY index_contact_a (contact_id_a, is_permission_a_b),
  KEY index_contact_b (contact_id_b, is_permission_b_a),
  CONSTRAINT FK_civicrm_relationship_contact_id_a FOREIGN KEY (contact_id_a) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_relationship_contact_id_b FOREIGN KEY (contact_id_b) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_relationship_type_id FOREIGN KEY (relationship_type_id) REFERENCES civicrm_relationship_type (id),
  CONSTRAINT chk_relationship_permissions CHECK (is_permission_a_b IN (0, 1, 2) AND is_permission_b_a IN (0, 1, 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ACL roles are option values, as in CiviCRM.
INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES ('acl_role', 'ACL Role', 1);
INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight)
SELECT g.id, v.label, v.value, v.name, v.weight
  FROM civicrm_option_group g
  JOIN (SELECT 'Administrator' AS label, '1' AS value, 'Admin' AS name, 1 AS weight
        UNION ALL SELECT 'Authenticated', '2', 'Auth', 2) v
 WHERE g.name = 'acl_role';

-- An ACL grants an ACL role an operation on a group of contacts.
CREATE TABLE civicrm_acl (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  deny TINYINT(1) NOT NULL DEFAULT 0,
  entity_table VARCHAR(64) NOT NULL DEFAULT 'civicrm_acl_role',
  entity_id INT UNSIGNED NOT NULL,
  operation VARCHAR(8) NOT NULL,
  object_table VARCHAR(64) NOT NULL DEFAULT 'civicrm_group',
  object_id INT UNSIGNED NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  priority INT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY index_acl_role (entity_id, is_active),
  CONSTRAINT chk_acl_operation CHECK (operation IN ('View', 'Edit')),
  CONSTRAINT chk_acl_entity_table CHECK (entity_table = 'civicrm_acl_role'),
  CONSTRAINT chk_acl_object_table CHECK (object_table = 'civicrm_group'),
  CONSTRAINT FK_civicrm_acl_object_group FOREIGN KEY (object_id) REFERENCES civicrm_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The contacts of a group hold an ACL role.
CREATE TABLE civicrm_acl_entity_role (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  acl_role_id INT UNSIGNED NOT NULL,
  entity_table VARCHAR(64) NOT NULL DEFAULT 'civicrm_group',
  entity_id INT UNSIGNED NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  UNIQUE KEY UI_role_entity (acl_role_id, entity_table, entity_id),
  CONSTRAINT chk_acl_entity_role_table CHECK (entity_table = 'civicrm_group'),
  CONSTRAINT FK_civicrm_acl_entity_role_group FOREIGN KEY (entity_id) REFERENCES civicrm_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Logins are shared by all domains (one person, one password); what a login may do is per domain.
CREATE TABLE crm_user (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  username VARCHAR(128) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  failed_login_count INT NOT NULL DEFAULT 0,
  locked_until DATETIME NULL,
  password_changed_date DATETIME NULL,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY UI_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- API keys are looked up on every request: SHA-256 of a high-entropy key, never the key itself.
CREATE TABLE crm_api_key (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id INT UNSIGNED NOT NULL,
  key_hash CHAR(64) NOT NULL,
  label VARCHAR(128) NULL,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  revoked_date DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_key_hash (key_hash),
  CONSTRAINT FK_crm_api_key_user_id FOREIGN KEY (user_id) REFERENCES crm_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_uf_match (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  uf_id INT UNSIGNED NOT NULL,
  uf_name VARCHAR(128) NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  language VARCHAR(5) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_uf_name_domain_id (uf_name, domain_id),
  UNIQUE KEY UI_contact_domain_id (contact_id, domain_id),
  KEY index_uf_id (uf_id),
  CONSTRAINT FK_civicrm_uf_match_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_uf_match_uf_id FOREIGN KEY (uf_id) REFERENCES crm_user (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_uf_match_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_role (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  label VARCHAR(128) NOT NULL,
  description VARCHAR(255) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_role_permission (
  role_id INT UNSIGNED NOT NULL,
  permission VARCHAR(64) NOT NULL,
  PRIMARY KEY (role_id, permission),
  CONSTRAINT FK_crm_role_permission_role_id FOREIGN KEY (role_id) REFERENCES crm_role (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A role held by a login on one domain.
CREATE TABLE crm_user_role (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  user_id INT UNSIGNED NOT NULL,
  role_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_user_role (domain_id, user_id, role_id),
  CONSTRAINT FK_crm_user_role_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_crm_user_role_user_id FOREIGN KEY (user_id) REFERENCES crm_user (id) ON DELETE CASCADE,
  CONSTRAINT FK_crm_user_role_role_id FOREIGN KEY (role_id) REFERENCES crm_role (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO crm_role (name, label, description) VALUES
  ('administrator', 'Administrator', 'Every permission on the domain'),
  ('branch_manager', 'Branch manager', 'Sees and edits the contacts and groups of the domain and administers it'),
  ('staff', 'Staff', 'Signs in; sees what ACLs and permissioned relationships grant');
INSERT INTO crm_role_permission (role_id, permission) SELECT id, 'access CiviCRM' FROM crm_role WHERE name = 'staff';
INSERT INTO crm_role_permission (role_id, permission)
SELECT r.id, p.permission FROM crm_role r
  JOIN (SELECT 'access CiviCRM' AS permission UNION ALL SELECT 'view all contacts' UNION ALL SELECT 'edit all contacts'
        UNION ALL SELECT 'view all contacts in domain' UNION ALL SELECT 'edit all contacts in domain'
        UNION ALL SELECT 'list all groups in domain' UNION ALL SELECT 'administer Multiple Organizations'
        UNION ALL SELECT 'access deleted contacts' UNION ALL SELECT 'delete contacts' UNION ALL SELECT 'administer CiviCRM'
        UNION ALL SELECT 'view audit log') p
 WHERE r.name = 'administrator';
INSERT INTO crm_role_permission (role_id, permission)
SELECT r.id, p.permission FROM crm_role r
  JOIN (SELECT 'access CiviCRM' AS permission UNION ALL SELECT 'view all contacts in domain'
        UNION ALL SELECT 'edit all contacts in domain' UNION ALL SELECT 'list all groups in domain'
        UNION ALL SELECT 'administer CiviCRM') p
 WHERE r.name = 'branch_manager';

-- Every refused access, written in a transaction of its own.
CREATE TABLE crm_access_refusal (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  occurred_date DATETIME(3) NOT NULL,
  user_id INT UNSIGNED NULL,
  username VARCHAR(128) NULL,
  request_domain_id INT UNSIGNED NULL,
  entity VARCHAR(64) NOT NULL,
  entity_id BIGINT NULL,
  action VARCHAR(32) NOT NULL,
  reason VARCHAR(512) NOT NULL,
  PRIMARY KEY (id),
  KEY index_occurred_date (occurred_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The visibility index. crm_domain_group_closure: the groups whose hard-added contacts a domain's
-- users see (its domain group, the groups linked to its organisation or a descendant domain's, and
-- every group nested below those). crm_contact_visibility: (domain, contact) pairs derived from it.
-- crm_contact_grant: contacts reachable through permissioned relationships.
CREATE TABLE crm_domain_group_closure (
  viewer_domain_id INT UNSIGNED NOT NULL,
  group_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (viewer_domain_id, group_id),
  KEY index_group (group_id),
  CONSTRAINT FK_crm_domain_group_closure_domain FOREIGN KEY (viewer_domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE,
  CONSTRAINT FK_crm_domain_group_closure_group FOREIGN KEY (group_id) REFERENCES civicrm_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_contact_visibility (
  viewer_domain_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (viewer_domain_id, contact_id),
  KEY index_contact (contact_id),
  CONSTRAINT FK_crm_contact_visibility_domain FOREIGN KEY (viewer_domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE,
  CONSTRAINT FK_crm_contact_visibility_contact FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_contact_grant (
  grantee_contact_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  can_edit TINYINT(1) NOT NULL,
  depth INT NOT NULL,
  PRIMARY KEY (grantee_contact_id, contact_id),
  KEY index_contact (contact_id),
  CONSTRAINT FK_crm_contact_grant_grantee FOREIGN KEY (grantee_contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_crm_contact_grant_contact FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A hard-add (or its end) updates the index for that one contact: no rebuild, no group cache.
CREATE TRIGGER crm_group_contact_added AFTER INSERT ON civicrm_group_contact FOR EACH ROW
  INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id)
  SELECT x.viewer_domain_id, NEW.contact_id FROM crm_domain_group_closure x
   WHERE x.group_id = NEW.group_id AND NEW.status = 'Added';

CREATE TRIGGER crm_group_contact_deleted AFTER DELETE ON civicrm_group_contact FOR EACH ROW
  DELETE v FROM crm_contact_visibility v
    JOIN crm_domain_group_closure x ON x.viewer_domain_id = v.viewer_domain_id AND x.group_id = OLD.group_id
   WHERE v.contact_id = OLD.contact_id AND OLD.status = 'Added'
     AND NOT EXISTS (SELECT 1 FROM civicrm_group_contact gc
                       JOIN crm_domain_group_closure x2 ON x2.group_id = gc.group_id
                      WHERE gc.contact_id = OLD.contact_id AND gc.status = 'Added' AND x2.viewer_domain_id = v.viewer_domain_id);

-- group_id and contact_id never change (the application maps them not updatable); status does.
CREATE TRIGGER crm_group_contact_status_changed AFTER UPDATE ON civicrm_group_contact FOR EACH ROW
  INSERT IGNORE INTO crm_contact_visibility (viewer_domain_id, contact_id)
  SELECT x.viewer_domain_id, NEW.contact_id FROM crm_domain_group_closure x
   WHERE x.group_id = NEW.group_id AND NEW.status = 'Added' AND OLD.status <> 'Added';

CREATE TRIGGER crm_group_contact_status_ended AFTER UPDATE ON civicrm_group_contact FOR EACH ROW FOLLOWS crm_group_contact_status_changed
  DELETE v FROM crm_contact_visibility v
    JOIN crm_domain_group_closure x ON x.viewer_domain_id = v.viewer_domain_id AND x.group_id = OLD.group_id
   WHERE v.contact_id = OLD.contact_id AND OLD.status = 'Added' AND NEW.status <> 'Added'
     AND NOT EXISTS (SELECT 1 FROM civicrm_group_contact gc
                       JOIN crm_domain_group_closure x2 ON x2.group_id = gc.group_id
                      WHERE gc.contact_id = OLD.contact_id AND gc.status = 'Added' AND x2.viewer_domain_id = v.viewer_domain_id);
