-- CiviCRM's activities, campaigns, events and participants.
-- Activities are shared, as in CiviCRM: an activity is seen by whoever sees one of its contacts.
-- Campaigns, events and registrations are per domain (the seed calls it desirable): a branch runs its
-- own, and a registration belongs to its event's domain, as a membership to its type's.

CREATE TABLE civicrm_campaign (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  name VARCHAR(255) NOT NULL,
  title VARCHAR(255) NULL,
  description TEXT NULL,
  start_date DATETIME NULL,
  end_date DATETIME NULL,
  campaign_type_id INT UNSIGNED NULL,
  status_id INT UNSIGNED NULL,
  external_identifier VARCHAR(32) NULL,
  parent_id INT UNSIGNED NULL,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  created_id INT UNSIGNED NULL,
  created_date DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  goal_general TEXT NULL,
  goal_revenue DECIMAL(20,2) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain_name (domain_id, name),
  KEY index_campaign_type_id (campaign_type_id),
  KEY index_status_id (status_id),
  CONSTRAINT FK_civicrm_campaign_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_campaign_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm_campaign (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_campaign_created_id FOREIGN KEY (created_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_activity (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  activity_type_id INT UNSIGNED NOT NULL DEFAULT 1,
  subject VARCHAR(255) NULL,
  activity_date_time DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  duration INT UNSIGNED NULL,
  location VARCHAR(255) NULL,
  details LONGTEXT NULL,
  status_id INT UNSIGNED NULL,
  priority_id INT UNSIGNED NULL,
  parent_id INT UNSIGNED NULL,
  is_test TINYINT(1) NOT NULL DEFAULT 0,
  is_deleted TINYINT(1) NOT NULL DEFAULT 0,
  campaign_id INT UNSIGNED NULL,
  created_date TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP,
  modified_date TIMESTAMP(6) NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  KEY index_activity_type_id (activity_type_id),
  KEY index_status_id (status_id),
  KEY index_is_deleted (is_deleted),
  KEY index_activity_date_time (activity_date_time),
  CONSTRAINT FK_civicrm_activity_parent_id FOREIGN KEY (parent_id) REFERENCES civicrm_activity (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_activity_campaign_id FOREIGN KEY (campaign_id) REFERENCES civicrm_campaign (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who an activity concerns: record_type_id 1 Assignee, 2 Source, 3 Target.
CREATE TABLE civicrm_activity_contact (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  activity_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  record_type_id INT UNSIGNED NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_activity_contact (contact_id, activity_id, record_type_id),
  KEY index_record_type (activity_id, record_type_id),
  CONSTRAINT FK_civicrm_activity_contact_activity_id FOREIGN KEY (activity_id) REFERENCES civicrm_activity (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_activity_contact_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_event (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  title VARCHAR(255) NOT NULL,
  summary TEXT NULL,
  description TEXT NULL,
  event_type_id INT UNSIGNED NULL,
  is_public TINYINT(1) NOT NULL DEFAULT 1,
  start_date DATETIME NULL,
  end_date DATETIME NULL,
  is_online_registration TINYINT(1) NOT NULL DEFAULT 0,
  registration_start_date DATETIME NULL,
  registration_end_date DATETIME NULL,
  max_participants INT UNSIGNED NULL,
  event_full_text TEXT NULL,
  is_monetary TINYINT(1) NOT NULL DEFAULT 0,
  financial_type_id INT UNSIGNED NULL,
  currency VARCHAR(3) NULL,
  default_role_id INT UNSIGNED NULL DEFAULT 1,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  campaign_id INT UNSIGNED NULL,
  created_id INT UNSIGNED NULL,
  created_date DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY index_domain_start (domain_id, start_date),
  CONSTRAINT FK_civicrm_event_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_event_financial_type_id FOREIGN KEY (financial_type_id) REFERENCES civicrm_financial_type (id),
  CONSTRAINT FK_civicrm_event_campaign_id FOREIGN KEY (campaign_id) REFERENCES civicrm_campaign (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_event_created_id FOREIGN KEY (created_id) REFERENCES civicrm_contact (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_participant (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  contact_id INT UNSIGNED NOT NULL,
  event_id INT UNSIGNED NOT NULL,
  status_id INT UNSIGNED NOT NULL DEFAULT 1,
  role_id VARCHAR(128) NULL,
  register_date DATETIME NULL DEFAULT CURRENT_TIMESTAMP,
  source VARCHAR(128) NULL,
  fee_level TEXT NULL,
  fee_amount DECIMAL(20,2) NULL,
  fee_currency VARCHAR(3) NULL,
  is_test TINYINT(1) NOT NULL DEFAULT 0,
  is_pay_later TINYINT(1) NOT NULL DEFAULT 0,
  registered_by_id INT UNSIGNED NULL,
  campaign_id INT UNSIGNED NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_event_contact_role (event_id, contact_id, role_id),
  KEY index_domain_event (domain_id, event_id),
  KEY index_status_id (status_id),
  CONSTRAINT FK_civicrm_participant_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_participant_contact_id FOREIGN KEY (contact_id) REFERENCES civicrm_contact (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_participant_event_id FOREIGN KEY (event_id) REFERENCES civicrm_event (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_participant_registered_by_id FOREIGN KEY (registered_by_id) REFERENCES civicrm_participant (id) ON DELETE SET NULL,
  CONSTRAINT FK_civicrm_participant_campaign_id FOREIGN KEY (campaign_id) REFERENCES civicrm_campaign (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CiviCRM's participant statuses (civicrm_participant_status_type), the same for every domain.
CREATE TABLE civicrm_participant_status_type (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL,
  label VARCHAR(255) NULL,
  class VARCHAR(16) NULL,
  is_reserved TINYINT(1) NOT NULL DEFAULT 0,
  is_active TINYINT(1) NOT NULL DEFAULT 1,
  is_counted TINYINT(1) NOT NULL DEFAULT 0,
  weight INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO civicrm_participant_status_type (id, name, label, class, is_reserved, is_counted, weight) VALUES
  (1, 'Registered', 'Registered', 'Positive', 1, 1, 1),
  (2, 'Attended', 'Attended', 'Positive', 0, 1, 2),
  (3, 'No-show', 'No-show', 'Negative', 0, 0, 3),
  (4, 'Cancelled', 'Cancelled', 'Negative', 1, 0, 4),
  (5, 'Pending from pay later', 'Pending (pay later)', 'Pending', 1, 1, 5),
  (6, 'Pending from incomplete transaction', 'Pending (incomplete transaction)', 'Pending', 1, 0, 6),
  (7, 'On waitlist', 'On waitlist', 'Waiting', 1, 0, 7),
  (12, 'Expired', 'Expired', 'Negative', 1, 0, 12);
ALTER TABLE civicrm_participant ADD CONSTRAINT FK_civicrm_participant_status_id
  FOREIGN KEY (status_id) REFERENCES civicrm_participant_status_type (id);

INSERT INTO civicrm_option_group (name, title, is_reserved) VALUES
  ('activity_type', 'Activity Type', 1),
  ('activity_status', 'Activity Status', 1),
  ('priority', 'Priority', 1),
  ('activity_contacts', 'Activity Contacts', 1),
  ('campaign_type', 'Campaign Type', 1),
  ('campaign_status', 'Campaign Status', 1),
  ('event_type', 'Event Type', 1),
  ('participant_role', 'Participant Role', 1);

INSERT INTO civicrm_option_value (option_group_id, label, value, name, weight, icon, filter, is_default, is_reserved)
SELECT g.id, v.label, v.value, v.name, v.weight, v.icon, v.filter, v.is_default, 1
  FROM civicrm_option_group g
  JOIN (SELECT 'activity_type' AS grp, 'Meeting' AS label, '1' AS value, 'Meeting' AS name, 1 AS weight, 'fa-slideshare' AS icon, 0 AS filter, 0 AS is_default
        UNION ALL SELECT 'activity_type', 'Phone Call', '2', 'Phone Call', 2, 'fa-phone', 0, 0
        UNION ALL SELECT 'activity_type', 'Email', '3', 'Email', 3, 'fa-envelope-o', 1, 0
        UNION ALL SELECT 'activity_type', 'Outbound SMS', '4', 'SMS', 4, 'fa-mobile', 1, 0
        UNION ALL SELECT 'activity_type', 'Event Registration', '5', 'Event Registration', 5, 'fa-calendar-check-o', 1, 0
        UNION ALL SELECT 'activity_type', 'Contribution', '6', 'Contribution', 6, 'fa-credit-card', 1, 0
        UNION ALL SELECT 'activity_type', 'Membership Signup', '7', 'Membership Signup', 7, 'fa-id-badge', 1, 0
        UNION ALL SELECT 'activity_type', 'Membership Renewal', '8', 'Membership Renewal', 8, 'fa-refresh', 1, 0
        UNION ALL SELECT 'activity_type', 'Inbound Email', '12', 'Inbound Email', 12, 'fa-envelope', 1, 0
        UNION ALL SELECT 'activity_type', 'Follow up', '50', 'Follow up', 50, 'fa-share-square-o', 0, 0
        UNION ALL SELECT 'activity_status', 'Scheduled', '1', 'Scheduled', 1, NULL, 0, 1
        UNION ALL SELECT 'activity_status', 'Completed', '2', 'Completed', 2, NULL, 1, 0
        UNION ALL SELECT 'activity_status', 'Cancelled', '3', 'Cancelled', 3, NULL, 2, 0
        UNION ALL SELECT 'activity_status', 'Left Message', '4', 'Left Message', 4, NULL, 0, 0
        UNION ALL SELECT 'activity_status', 'Unreachable', '5', 'Unreachable', 5, NULL, 2, 0
        UNION ALL SELECT 'activity_status', 'Not Required', '6', 'Not Required', 6, NULL, 2, 0
        UNION ALL SELECT 'activity_status', 'Available', '7', 'Available', 7, NULL, 0, 0
        UNION ALL SELECT 'activity_status', 'No-show', '8', 'No_show', 8, NULL, 2, 0
        UNION ALL SELECT 'priority', 'Urgent', '1', 'Urgent', 1, NULL, 0, 0
        UNION ALL SELECT 'priority', 'Normal', '2', 'Normal', 2, NULL, 0, 1
        UNION ALL SELECT 'priority', 'Low', '3', 'Low', 3, NULL, 0, 0
        UNION ALL SELECT 'activity_contacts', 'Activity Assignees', '1', 'Activity Assignees', 1, NULL, 0, 0
        UNION ALL SELECT 'activity_contacts', 'Activity Source', '2', 'Activity Source', 2, NULL, 0, 0
        UNION ALL SELECT 'activity_contacts', 'Activity Targets', '3', 'Activity Targets', 3, NULL, 0, 0
        UNION ALL SELECT 'campaign_type', 'Direct Mail', '1', 'Direct Mail', 1, NULL, 0, 0
        UNION ALL SELECT 'campaign_type', 'Referral Program', '2', 'Referral Program', 2, NULL, 0, 0
        UNION ALL SELECT 'campaign_type', 'Constituent Engagement', '3', 'Constituent Engagement', 3, NULL, 0, 0
        UNION ALL SELECT 'campaign_status', 'Planned', '1', 'Planned', 1, NULL, 0, 0
        UNION ALL SELECT 'campaign_status', 'In Progress', '2', 'In Progress', 2, NULL, 0, 0
        UNION ALL SELECT 'campaign_status', 'Completed', '3', 'Completed', 3, NULL, 0, 0
        UNION ALL SELECT 'campaign_status', 'Cancelled', '4', 'Cancelled', 4, NULL, 0, 0
        UNION ALL SELECT 'event_type', 'Conference', '1', 'Conference', 1, NULL, 0, 0
        UNION ALL SELECT 'event_type', 'Exhibition', '2', 'Exhibition', 2, NULL, 0, 0
        UNION ALL SELECT 'event_type', 'Fundraiser', '3', 'Fundraiser', 3, NULL, 0, 0
        UNION ALL SELECT 'event_type', 'Meeting', '4', 'Meeting', 4, NULL, 0, 0
        UNION ALL SELECT 'event_type', 'Performance', '5', 'Performance', 5, NULL, 0, 0
        UNION ALL SELECT 'event_type', 'Workshop', '6', 'Workshop', 6, NULL, 0, 0
        UNION ALL SELECT 'participant_role', 'Attendee', '1', 'Attendee', 1, NULL, 1, 1
        UNION ALL SELECT 'participant_role', 'Volunteer', '2', 'Volunteer', 2, NULL, 1, 0
        UNION ALL SELECT 'participant_role', 'Host', '3', 'Host', 3, NULL, 0, 0
        UNION ALL SELECT 'participant_role', 'Speaker', '4', 'Speaker', 4, NULL, 0, 0) v
    ON v.grp = g.name;

-- CiviCRM's component permissions for events and campaigns, held by those who administer a domain.
INSERT INTO crm_role_permission (role_id, permission)
SELECT r.id, p.permission FROM crm_role r
  JOIN (SELECT 'access CiviEvent' AS permission UNION ALL SELECT 'edit all events' UNION ALL SELECT 'manage campaign') p
 WHERE r.name IN ('administrator', 'branch_manager');
