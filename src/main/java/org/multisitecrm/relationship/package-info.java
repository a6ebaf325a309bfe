/**
 * Relationships and their types; permissioned relationships (is_permission_a_b / is_permission_b_a)
 * give explicit, per-contact access chains that widen access beyond the site.
 */
package org.multisitecrm.relationship;
