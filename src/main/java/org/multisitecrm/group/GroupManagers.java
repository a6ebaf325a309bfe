package org.multisitecrm.group;

import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.audit.Refusals;

/**
 * Who may manage groups, their nesting, links, members and smart-group criteria: 'edit all contacts
 * in domain', 'edit all contacts', 'administer CiviCRM' or 'administer Multiple Organizations'.
 * Which groups they may touch is the visibility criteria's business (a group outside the caller's
 * tree does not exist for them).
 */
final class GroupManagers {

    private GroupManagers() {
    }

    static Caller require(String entity, String action, Long id) {
        Caller caller = Caller.require();
        if (caller.isSystem()) {
            return caller;
        }
        boolean manager = caller.has(Permission.EDIT_ALL_CONTACTS_IN_DOMAIN) || caller.has(Permission.ADMINISTER_CIVICRM)
                || caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS) || caller.has(Permission.EDIT_ALL_CONTACTS);
        if (!manager) {
            throw Refusals.refuse(entity, id, action, "managing groups needs 'edit all contacts in domain' or 'administer CiviCRM'");
        }
        return caller;
    }

    static boolean administersOrganizations(Caller caller) {
        return caller.isSystem() || caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS);
    }
}
