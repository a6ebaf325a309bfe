-- Who an API key is on a domain (login, roles, permissions, contact match) is kept in memory between
-- calls; this number moves, in the writing transaction, with every write of the rows it is made of, so
-- every server (a cluster's members too) sees at its next call that what it keeps is out of date.
CREATE TABLE crm_caller_generation (
  id TINYINT UNSIGNED NOT NULL,
  generation BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO crm_caller_generation (id, generation) VALUES (1, 0);

CREATE TRIGGER crm_caller_user_inserted AFTER INSERT ON crm_user FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_user_updated AFTER UPDATE ON crm_user FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_user_deleted AFTER DELETE ON crm_user FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_api_key_inserted AFTER INSERT ON crm_api_key FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_api_key_updated AFTER UPDATE ON crm_api_key FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_api_key_deleted AFTER DELETE ON crm_api_key FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_user_role_inserted AFTER INSERT ON crm_user_role FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_user_role_updated AFTER UPDATE ON crm_user_role FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_user_role_deleted AFTER DELETE ON crm_user_role FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_role_inserted AFTER INSERT ON crm_role FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_role_updated AFTER UPDATE ON crm_role FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_role_deleted AFTER DELETE ON crm_role FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_role_permission_inserted AFTER INSERT ON crm_role_permission FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_role_permission_updated AFTER UPDATE ON crm_role_permission FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_role_permission_deleted AFTER DELETE ON crm_role_permission FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_uf_match_inserted AFTER INSERT ON civicrm_uf_match FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_uf_match_updated AFTER UPDATE ON civicrm_uf_match FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
CREATE TRIGGER crm_caller_uf_match_deleted AFTER DELETE ON civicrm_uf_match FOR EACH ROW UPDATE crm_caller_generation SET generation = generation + 1 WHERE id = 1;
