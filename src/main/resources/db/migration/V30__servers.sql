-- The servers running on this database (one, or a cluster's members): each says it is alive and which
-- setting override files it reads, so that members whose civicrm-settings/ folders differ are reported.
CREATE TABLE crm_server (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(128) NOT NULL,
    started_date DATETIME NOT NULL,
    last_seen_date DATETIME NOT NULL,
    override_fingerprints TEXT NOT NULL,
    UNIQUE KEY UI_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
