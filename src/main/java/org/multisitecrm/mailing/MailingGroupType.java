package org.multisitecrm.mailing;

/** CiviCRM's {@code civicrm_mailing_group.group_type}: whose members a mailing goes to, leaves out, or (Base) was built on. */
public enum MailingGroupType {
    Include, Exclude, Base
}
