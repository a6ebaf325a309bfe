package org.multisitecrm.setting;

/** Whose value a setting is: the domain's, or one contact's within a domain (CiviCRM's is_domain / is_contact). */
public enum SettingScope {
    DOMAIN, CONTACT
}
