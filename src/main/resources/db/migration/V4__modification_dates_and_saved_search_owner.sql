-- Optimistic concurrency: modified_date is kept by the database to the microsecond, so a client that
-- updates "where id = x and modified_date = <what it read>" learns from count 0 that the row changed
-- in between (two changes within one second were indistinguishable at second precision).
ALTER TABLE civicrm_contact
  MODIFY created_date TIMESTAMP(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  MODIFY modified_date TIMESTAMP(6) NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);

-- A saved search records the domain it was saved on: one that drives no group is changed or taken
-- only from that domain's site tree. Existing searches keep NULL (head office only), except those a
-- group uses, which follow their group's rule and need no owner.
ALTER TABLE civicrm_saved_search
  ADD COLUMN created_domain_id INT UNSIGNED NULL,
  ADD COLUMN modified_date TIMESTAMP(6) NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  ADD CONSTRAINT FK_civicrm_saved_search_created_domain_id FOREIGN KEY (created_domain_id) REFERENCES civicrm_domain (id);
