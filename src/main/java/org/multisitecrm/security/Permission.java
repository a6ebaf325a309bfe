package org.multisitecrm.security;

import java.util.Arrays;
import java.util.Optional;

/** CiviCRM's permission names, exactly as administrators and integrators know them. */
public enum Permission {
    ACCESS_CIVICRM("access CiviCRM"),
    VIEW_ALL_CONTACTS("view all contacts"),
    EDIT_ALL_CONTACTS("edit all contacts"),
    VIEW_ALL_CONTACTS_IN_DOMAIN("view all contacts in domain"),
    EDIT_ALL_CONTACTS_IN_DOMAIN("edit all contacts in domain"),
    LIST_ALL_GROUPS_IN_DOMAIN("list all groups in domain"),
    ADMINISTER_MULTIPLE_ORGANIZATIONS("administer Multiple Organizations"),
    ACCESS_DELETED_CONTACTS("access deleted contacts"),
    DELETE_CONTACTS("delete contacts"),
    ADMINISTER_CIVICRM("administer CiviCRM"),
    VIEW_AUDIT_LOG("view audit log"),
    ACCESS_CIVIEVENT("access CiviEvent"),
    EDIT_ALL_EVENTS("edit all events"),
    MANAGE_CAMPAIGN("manage campaign"),
    ACCESS_CIVIMAIL("access CiviMail"),
    APPROVE_MAILINGS("approve mailings"),
    /** CiviCRM Standalone's name; here it holds per domain: that domain's logins and role grants. */
    ADMINISTER_USERS("cms:administer users");

    private final String label;

    Permission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Permission> byLabel(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
