package org.multisitecrm.contact;

/** CiviCRM's three contact types, stored by these names. */
public enum ContactType {
    Individual,
    Organization,
    Household
}
