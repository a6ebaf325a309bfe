package org.multisitecrm.acl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.group.GroupService;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.NotFound;

/**
 * CiviCRM ACLs: the contacts of a group hold an ACL role ({@link AclEntityRole}); an ACL role may view
 * or edit the contacts of a group ({@link Acl}). Needs 'administer CiviCRM'; both groups must be ones
 * the administrator sees. What an ACL grants stays inside the user's site tree. Grants are read
 * straight from these tables by the visibility criteria, so a change applies at once.
 */
@ApplicationScoped
public class AclService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private GroupService groups;

    @Transactional
    public AclEntityRole assignRole(long aclRoleId, long groupId) {
        Access.require(Requirement.ADMINISTER_CIVICRM, "AclEntityRole", null, "create");
        requireAclRole(aclRoleId);
        groups.get(groupId);
        AclEntityRole role = new AclEntityRole(aclRoleId, groupId);
        em.persist(role);
        em.flush();
        return role;
    }

    @Transactional
    public AclEntityRole setRoleActive(long assignmentId, boolean active) {
        Access.require(Requirement.ADMINISTER_CIVICRM, "AclEntityRole", assignmentId, "update");
        AclEntityRole role = findAssignment(assignmentId);
        role.setActive(active);
        em.flush();
        return role;
    }

    @Transactional
    public void unassignRole(long assignmentId) {
        Access.require(Requirement.ADMINISTER_CIVICRM, "AclEntityRole", assignmentId, "delete");
        em.remove(findAssignment(assignmentId));
        em.flush();
    }

    @Transactional
    public Acl grant(String name, long aclRoleId, AclOperation operation, long groupId) {
        return grant(AclSpec.allow(name, aclRoleId, operation, groupId));
    }

    @Transactional
    public Acl grant(AclSpec spec) {
        Access.require(Requirement.ADMINISTER_CIVICRM, "ACL", null, "create");
        validate(spec);
        Acl acl = new Acl(spec);
        em.persist(acl);
        em.flush();
        return acl;
    }

    @Transactional
    public Acl get(long aclId) {
        return find(aclId);
    }

    @Transactional
    public Acl update(long aclId, AclSpec spec) {
        Access.require(Requirement.ADMINISTER_CIVICRM, "ACL", aclId, "update");
        Acl acl = find(aclId);
        validate(spec);
        acl.apply(spec);
        em.flush();
        return acl;
    }

    @Transactional
    public void revoke(long aclId) {
        Access.require(Requirement.ADMINISTER_CIVICRM, "ACL", aclId, "delete");
        em.remove(find(aclId));
        em.flush();
    }

    private void validate(AclSpec spec) {
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 64) {
            throw new InvalidInput("name", "1 to 64 characters");
        }
        if (spec.operation() == null) {
            throw new InvalidInput("operation", "View or Edit");
        }
        requireAclRole(spec.aclRoleId());
        groups.get(spec.groupId());
    }

    private Acl find(long aclId) {
        Acl acl = em.find(Acl.class, aclId);
        if (acl == null) {
            throw new NotFound("ACL", aclId);
        }
        return acl;
    }

    private AclEntityRole findAssignment(long assignmentId) {
        AclEntityRole role = em.find(AclEntityRole.class, assignmentId);
        if (role == null) {
            throw new NotFound("ACLEntityRole", assignmentId);
        }
        return role;
    }

    private void requireAclRole(long aclRoleId) {
        long found = em.createQuery("SELECT COUNT(v) FROM OptionValue v, OptionGroup g WHERE v.optionGroup = g AND g.name = 'acl_role'"
                + " AND v.value = :v", Long.class).setParameter("v", String.valueOf(aclRoleId)).getSingleResult();
        if (found == 0) {
            throw new InvalidInput("acl_role_id", aclRoleId + " is not an ACL role (option group acl_role)");
        }
    }
}
