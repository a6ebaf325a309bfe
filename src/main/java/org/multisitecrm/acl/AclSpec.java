package org.multisitecrm.acl;

/**
 * An ACL as written: the ACL role ({@code entity_id}) may view or edit the contacts of a group
 * ({@code object_id}); {@code deny} takes that access away instead, whatever other ACLs grant.
 */
public record AclSpec(String name, long aclRoleId, AclOperation operation, long groupId, boolean deny, int priority,
                      boolean isActive) {

    public static AclSpec allow(String name, long aclRoleId, AclOperation operation, long groupId) {
        return new AclSpec(name, aclRoleId, operation, groupId, false, 0, true);
    }
}
