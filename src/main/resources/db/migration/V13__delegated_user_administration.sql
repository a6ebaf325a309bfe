-- Delegated user administration: 'cms:administer users' (CiviCRM Standalone's permission) lets a
-- domain's administrator create that domain's logins and grant its roles. The administrator and
-- branch manager roles hold it; what it allows is limited per domain by security.UserAdministrator.
INSERT INTO crm_role_permission (role_id, permission)
SELECT r.id, 'cms:administer users' FROM crm_role r WHERE r.name IN ('administrator', 'branch_manager');
