-- Which build last gave each domain its per-domain content (DomainProvisioning). Every start provisioned
-- every domain again, a dozen statements each through code the JIT had not compiled yet: 4 to 6 s of
-- a start with a hundred domains, on the path to ready. A start of the build that already provisioned a
-- domain now leaves it alone; a new build (an upgrade may add content) provisions every domain once.
CREATE TABLE crm_domain_provisioning (
  domain_id INT UNSIGNED NOT NULL,
  build VARCHAR(64) NOT NULL,
  provisioned_at DATETIME NOT NULL,
  PRIMARY KEY (domain_id),
  CONSTRAINT FK_crm_domain_provisioning_domain_id FOREIGN KEY (domain_id) REFERENCES civicrm_domain (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
