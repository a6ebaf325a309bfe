package org.multisitecrm.security.visibility;

/**
 * The one SQL statement of what an ACL grants: the groups of a domain's site tree on which a contact's
 * ACL roles (held through a group it is hard-added to) have an active allow ACL and no active deny ACL. Shared by the
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
                + " WHERE x.viewer_domain_id = ?"
                + " AND NOT EXISTS (" + deniedGroup(editOnly) + ")";
    }

    /**
     * A deny ACL of one of the same contact's roles on the group: it takes away what the other ACLs
     * grant there (a denied View takes editing too: nobody edits what they cannot see). It does not
     * hide contacts the user sees by their site's own permission: ACLs only ever add to that.
     */
    private static String deniedGroup(boolean editOnly) {
        return "SELECT 1 FROM civicrm_acl d"
                + " JOIN civicrm_acl_entity_role der ON der.acl_role_id = d.entity_id AND der.is_active = 1"
                + " JOIN civicrm_group_contact dme ON dme.group_id = der.entity_id AND dme.status = 'Added'"
                + " AND dme.contact_id = me.contact_id"
                + " WHERE d.object_id = x.group_id AND d.is_active = 1 AND d.deny = 1"
                + (editOnly ? "" : " AND d.operation = 'View'");
    }

    /**
     * 1 when the contact's ACLs grant it any group of the domain's site tree, else 0; parameters as
     * {@link #grantedGroups}. With none, a statement may leave the ACLs out (and be planned for the few
     * contacts left). Exactly the grant, not the roles held anywhere: that the answer changes the plan,
     * and so the time, tells the caller only what it sees anyway.
     */
    static final String GRANTS_ANY = "SELECT EXISTS (" + grantedGroups(false) + ")";

    /** Contacts hard-added to a granted group; parameters as {@link #grantedGroups}. */
    static String grantedContacts(boolean editOnly) {
        return "SELECT h.contact_id FROM civicrm_group_contact h WHERE h.status = 'Added' AND h.group_id IN ("
                + grantedGroups(editOnly) + ")";
    }
}
