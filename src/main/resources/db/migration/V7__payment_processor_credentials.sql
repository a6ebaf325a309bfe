-- CiviCRM's processor credentials and API endpoint. The catalogue treats password and signature as
-- secrets: only the domain's administrators read them, and no one can filter or sort by them.
ALTER TABLE civicrm_payment_processor
  ADD COLUMN password VARCHAR(255) NULL AFTER user_name,
  ADD COLUMN signature VARCHAR(255) NULL AFTER password,
  ADD COLUMN url_api VARCHAR(255) NULL AFTER url_site;
