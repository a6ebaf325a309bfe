package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

/**
 * A person, organisation or household, with CiviCRM's {@code display_name} and {@code sort_name}.
 * Deleting moves it to the trash ({@code is_deleted}) unless deleted permanently.
 */
@Entity
@Table(name = "civicrm_contact")
@VisibleThroughContact(value = "id", hidesTrashed = true)
public class Contact extends SeparableEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type", nullable = false, updatable = false)
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

    /** Set by the database when the row is inserted. */
    @Column(name = "created_date", insertable = false, updatable = false)
    private java.time.LocalDateTime createdDate;

    /**
     * Set by the database (to the microsecond) whenever the row changes: a client that updates with
     * {@code where modified_date = <what it read>} learns from {@code count: 0} that someone else changed it.
     */
    @Column(name = "modified_date", insertable = false, updatable = false)
    private java.time.LocalDateTime modifiedDate;

    protected Contact() {
    }

    public static Contact individual(String firstName, String lastName) {
        Contact contact = new Contact();
        contact.contactType = ContactType.Individual;
        contact.rename(new ContactName(firstName, lastName, null));
        return contact;
    }

    public static Contact organization(String name) {
        Contact contact = new Contact();
        contact.contactType = ContactType.Organization;
        contact.rename(new ContactName(null, null, name));
        return contact;
    }

    public static Contact household(String name) {
        Contact contact = new Contact();
        contact.contactType = ContactType.Household;
        contact.rename(new ContactName(null, null, name));
        return contact;
    }

    public static Contact of(ContactType type, ContactName name) {
        Contact contact = new Contact();
        contact.contactType = type;
        contact.rename(name);
        return contact;
    }

    /** Sets the names this contact type uses and derives display and sort names as CiviCRM does. */
    public void rename(ContactName name) {
        name.requireValidFor(contactType);
        switch (contactType) {
            case Individual -> {
                firstName = name.firstName();
                lastName = name.lastName();
                displayName = name.individualDisplayName();
                sortName = name.individualSortName();
            }
            case Organization -> {
                organizationName = name.name().trim();
                displayName = organizationName;
                sortName = organizationName;
            }
            case Household -> {
                householdName = name.name().trim();
                displayName = householdName;
                sortName = householdName;
            }
        }
    }

    public void moveToTrash() {
        isDeleted = true;
    }

    public void restoreFromTrash() {
        isDeleted = false;
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
