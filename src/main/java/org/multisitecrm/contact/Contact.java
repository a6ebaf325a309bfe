package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.GeneratedIdEntity;

/** A person, organisation or household, with CiviCRM's {@code display_name} and {@code sort_name}. */
@Entity
@Table(name = "civicrm_contact")
public class Contact extends GeneratedIdEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type", nullable = false)
    private ContactType contactType;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "organization_name")
    private String organizationName;

    @Column(name = "household_name")
    private String householdName;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "sort_name")
    private String sortName;

    @Column(name = "is_deleted", nullable = false)
    private boolean isDeleted;

    protected Contact() {
    }

    public static Contact individual(String firstName, String lastName) {
        Contact contact = new Contact();
        contact.contactType = ContactType.Individual;
        contact.firstName = firstName;
        contact.lastName = lastName;
        contact.displayName = firstName + " " + lastName;
        contact.sortName = lastName + ", " + firstName;
        return contact;
    }

    public static Contact organization(String name) {
        Contact contact = new Contact();
        contact.contactType = ContactType.Organization;
        contact.organizationName = name;
        contact.displayName = name;
        contact.sortName = name;
        return contact;
    }

    public ContactType getContactType() {
        return contactType;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getHouseholdName() {
        return householdName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getSortName() {
        return sortName;
    }

    public boolean isDeleted() {
        return isDeleted;
    }
}
