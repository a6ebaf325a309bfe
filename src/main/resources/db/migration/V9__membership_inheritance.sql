-- CiviCRM's inheritance of memberships through relationships: which relationship types pass a type's
-- memberships on, and in which direction ('a_b': from contact A to contact B; 'b_a': from B to A). Both
-- are JSON arrays of the same length, as APIv4 answers CiviCRM's multi-valued columns.
ALTER TABLE civicrm_membership_type
  ADD COLUMN relationship_type_id VARCHAR(255) NULL AFTER fixed_period_rollover_day,
  ADD COLUMN relationship_direction VARCHAR(255) NULL AFTER relationship_type_id;
