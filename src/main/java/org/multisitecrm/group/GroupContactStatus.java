package org.multisitecrm.group;

/** CiviCRM's group membership statuses. Only {@code Added} (a hard-add) grants visibility. */
public enum GroupContactStatus {
    Added, Removed, Pending
}
