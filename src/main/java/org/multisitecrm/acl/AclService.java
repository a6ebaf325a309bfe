package org.multisitecrm.acl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.group.GroupService;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.option.OptionValue;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.audit.Refusals;

/**
 * CiviCRM ACLs: the contacts of a group hold an ACL role ({@link AclEntityRole}); an ACL role may view
 * or edit the contacts of a group ({@link Acl}). Needs 'administer CiviCRM'; both groups must be ones
 * the administrator sees. What an ACL grants stays inside the user's site tree.
 */
@ApplicationScoped
public class AclService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private GroupService groups;

    @Transactional
    public AclEntityRole assignRole(long aclRoleId, long groupId) {
        requireAdministrator("AclEntityRole");
        requireAclRole(aclRoleId);
        groups.get(groupId);
        AclEntityRole role = new AclEntityRole(aclRoleId, groupId);
        em.persist(role);
        em.flush();
        return role;
    }

    @Transactional
    public Acl grant(String name, long aclRoleId, AclOperation operation, long groupId) {
        requireAdministrator("Acl");
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new InvalidInput("name", "1 to 64 characters");
        }
        if (operation == null) {
            throw new InvalidInput("operation", "View or Edit");
        }
        requireAclRole(aclRoleId);
        groups.get(groupId);
        Acl acl = new Acl(name, aclRoleId, operation, groupId);
        em.persist(acl);
        em.flush();
        return acl;
    }

    private void requireAclRole(long aclRoleId) {
        long found = em.createQuery("SELECT COUNT(v) FROM OptionValue v, OptionGroup g WHERE v.optionGroup = g AND g.name = 'acl_role'"
                + " AND v.value = :v", Long.class).setParameter("v", String.valueOf(aclRoleId)).getSingleResult();
        if (found == 0) {
            throw new InvalidInput("acl_role_id", aclRoleId + " is not an ACL role (option group acl_role)");
        }
    }

    private static void requireAdministrator(String entity) {
        Caller caller = Caller.require();
        if (!caller.isSystem() && !caller.has(Permission.ADMINISTER_CIVICRM)) {
            throw Refusals.refuse(entity, null, "create", "ACLs need 'administer CiviCRM'");
        }
    }
}
