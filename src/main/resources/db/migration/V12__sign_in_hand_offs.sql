-- One-time tokens that carry a signed-in user to another domain's site (cookies are per host): only
-- the token's SHA-256 is kept; it names the domain whose site may redeem it, expires within a minute
-- and is redeemed once.
CREATE TABLE crm_sign_in_handoff (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  token_hash CHAR(64) NOT NULL,
  user_id INT UNSIGNED NOT NULL,
  target_domain_id INT UNSIGNED NOT NULL,
  expires_date DATETIME NOT NULL,
  redeemed_date DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UI_token_hash (token_hash),
  KEY index_expires_date (expires_date),
  CONSTRAINT FK_crm_sign_in_handoff_user_id FOREIGN KEY (user_id) REFERENCES crm_user (id) ON DELETE CASCADE,
  CONSTRAINT FK_crm_sign_in_handoff_target_domain_id FOREIGN KEY (target_domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
