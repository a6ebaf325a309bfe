-- Each domain's branding, which CiviCRM cannot store ("Logos & headers" in the seed): its logo (PNG,
-- JPEG, GIF or WebP, as base64) and a header line, served on the domain's own host.
CREATE TABLE crm_domain_branding (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  domain_id INT UNSIGNED NOT NULL,
  logo MEDIUMTEXT NULL,
  logo_type VARCHAR(32) NULL,
  header VARCHAR(255) NULL,
  modified_date TIMESTAMP(6) NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY UI_domain (domain_id),
  CONSTRAINT FK_crm_domain_branding_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
