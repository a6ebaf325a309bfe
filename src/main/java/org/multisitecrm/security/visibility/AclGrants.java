package org.multisitecrm.security.visibility;

/**
 * The one SQL statement of what an ACL grants: the groups of a domain's site tree on which a contact's
 * ACL roles (held through a group it is hard-added to) have an active, non-deny ACL. Shared by the
 * visibility criteria (view or edit) and the edit check (edit only). Placeholders are positional.
 */
final class AclGrants {

    private AclGrants() {
    }

    /**
     * Group ids granted; parameters: the site's domain, then the contact holding the roles.
     * {@code editOnly} keeps Edit ACLs (viewing is allowed by View and Edit alike).
     */
    static String grantedGroups(boolean editOnly) {
        return "SELECT x.group_id FROM crm_domain_group_closure x"
                + " JOIN civicrm_acl a ON a.object_id = x.group_id AND a.is_active = 1 AND a.deny = 0"
                + (editOnly ? " AND a.operation = 'Edit'" : "")
                + " JOIN civicrm_acl_entity_role er ON er.acl_role_id = a.entity_id AND er.is_active = 1"
                + " JOIN civicrm_group_contact me ON me.group_id = er.entity_id AND me.status = 'Added' AND me.contact_id = ?"
                + " WHERE x.viewer_domain_id = ?";
    }

    /** Contacts hard-added to a granted group; parameters as {@link #grantedGroups}. */
    static String grantedContacts(boolean editOnly) {
        return "SELECT h.contact_id FROM civicrm_group_contact h WHERE h.status = 'Added' AND h.group_id IN ("
                + grantedGroups(editOnly) + ")";
    }
}
