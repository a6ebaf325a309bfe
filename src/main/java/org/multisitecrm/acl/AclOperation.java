package org.multisitecrm.acl;

/** What an ACL allows on a group's contacts. */
public enum AclOperation {
    View, Edit
}
