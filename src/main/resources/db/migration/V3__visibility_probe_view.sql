-- The visibility index under column names no entity table uses, so the visibility criteria can
-- correlate it with the row's own column (printed without a table alias by EclipseLink) and MariaDB
-- probes its primary key row by row instead of materializing a wide viewer's million contacts.
-- A simple view: MariaDB merges it into the query, the index is the table's.
CREATE VIEW crm_visible_contact AS
SELECT viewer_domain_id AS viewer, contact_id AS visible_id FROM crm_contact_visibility;
