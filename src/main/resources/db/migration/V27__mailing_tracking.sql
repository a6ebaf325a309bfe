-- CiviMail's tracking, per domain like the rest of CiviMail: the links of a mailing that are tracked
-- (civicrm_mailing_trackable_url), each click through one of them and each open of a message.
CREATE TABLE civicrm_mailing_trackable_url (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  url TEXT NOT NULL,
  mailing_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_mailing_trackable_url_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_trackable_url_mailing_id FOREIGN KEY (mailing_id) REFERENCES civicrm_mailing (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_event_trackable_url_open (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  event_queue_id INT UNSIGNED NOT NULL,
  trackable_url_id INT UNSIGNED NOT NULL,
  time_stamp DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_mailing_event_trackable_url_open_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_event_trackable_url_open_queue FOREIGN KEY (event_queue_id) REFERENCES civicrm_mailing_event_queue (id) ON DELETE CASCADE,
  CONSTRAINT FK_civicrm_mailing_event_trackable_url_open_url FOREIGN KEY (trackable_url_id) REFERENCES civicrm_mailing_trackable_url (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE civicrm_mailing_event_opened (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  event_queue_id INT UNSIGNED NOT NULL,
  time_stamp DATETIME NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT FK_civicrm_mailing_event_opened_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id),
  CONSTRAINT FK_civicrm_mailing_event_opened_queue FOREIGN KEY (event_queue_id) REFERENCES civicrm_mailing_event_queue (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
