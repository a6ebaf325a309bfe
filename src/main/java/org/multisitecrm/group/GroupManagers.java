package org.multisitecrm.group;

import org.multisitecrm.security.Access;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.Permission;

/**
 * Who may manage groups, their nesting, links, members and smart-group criteria: 'edit all contacts
 * in domain', 'edit all contacts', 'administer CiviCRM' or 'administer Multiple Organizations'.
 * Which groups they may touch is the visibility criteria's business (a group outside the caller's
 * tree does not exist for them).
 */
final class GroupManagers {

    private GroupManagers() {
    }

    /** Managing groups, their nesting, links, members and criteria. */
    static final Requirement MANAGE = Requirement.anyOf(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN, Permission.ADMINISTER_CIVICRM,
            Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS, Permission.EDIT_ALL_CONTACTS);

    static Caller require(String entity, String action, Long id) {
        return Access.require(MANAGE, entity, id, action);
    }

    static boolean administersOrganizations(Caller caller) {
        return Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS.isMetBy(caller);
    }
}
