-- CiviMail's approval workflow, per domain: a mailing whose domain requires approval (the civimail_workflow
-- setting) waits, scheduled, until someone with 'approve mailings' approves it.
ALTER TABLE civicrm_mailing
  ADD COLUMN approval_status_id INT UNSIGNED NULL AFTER status,
  ADD COLUMN approver_id INT UNSIGNED NULL AFTER approval_status_id,
  ADD COLUMN approval_date DATETIME NULL AFTER approver_id,
  ADD COLUMN approval_note LONGTEXT NULL AFTER approval_date,
  ADD CONSTRAINT FK_civicrm_mailing_approver_id FOREIGN KEY (approver_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL;

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES ('mail_approval_status', 'CiviMail Approval Status', 1);

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, is_default, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.weight, v.is_default, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'Approved' AS label, '1' AS value, 'Approved' AS name, 1 AS weight, 1 AS is_default
        UNION ALL SELECT 'Rejected', '2', 'Rejected', 2, 0
        UNION ALL SELECT 'None', '3', 'None', 3, 0) v
 WHERE g.name = 'mail_approval_status';

INSERT INTO crm_role_permission (role_id, permission)
SELECT r.id, 'approve mailings' FROM crm_role r WHERE r.name IN ('administrator', 'branch_manager');
