-- What servers sharing this database tell each other: each row names an entity type one of them wrote
-- (a site, a login, a key...), so the others drop their in-memory copies within a poll. Not a CRM table:
-- no domain, kept for minutes only.
CREATE TABLE crm_change_event (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  entity VARCHAR(255) NOT NULL,
  origin VARCHAR(64) NOT NULL,
  created_date DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  KEY index_created_date (created_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
