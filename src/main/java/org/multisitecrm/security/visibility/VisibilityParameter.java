package org.multisitecrm.security.visibility;

/** Names of the session properties that the visibility criteria read. */
final class VisibilityParameter {

    /** 1 for 'view all contacts' / 'edit all contacts' and the server itself. */
    static final String CONTACTS_ALL = "crmContactsAll";
    /** The domain whose site tree the caller sees ('view/edit all contacts in domain'), else 0. */
    static final String VIEWER_DOMAIN = "crmViewerDomain";
    /** 1 when the viewer domain is wide ({@link ViewerBreadth}) and the query reads rows: the index is probed row by row. */
    static final String WIDE_VIEWER = "crmWideViewer";
    /** The caller's own contact on the domain, else 0. */
    static final String VIEWER_CONTACT = "crmViewerContact";
    /** The request's domain (ACLs count only on groups of its site tree), else 0. */
    static final String CALLER_DOMAIN = "crmCallerDomain";
    /** 1 with 'access deleted contacts'. */
    static final String ACCESS_DELETED = "crmAccessDeleted";
    /** 1 with 'administer Multiple Organizations' and for the server itself. */
    static final String GROUPS_ALL = "crmGroupsAll";
    /** The domain whose site tree's groups the caller lists, else 0. */
    static final String GROUP_DOMAIN = "crmGroupDomain";

    private VisibilityParameter() {
    }
}
