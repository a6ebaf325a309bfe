package org.multisitecrm.membership;

/** Whether public forms offer a membership type, or only staff. */
public enum MembershipTypeVisibility {
    Public, Admin
}
