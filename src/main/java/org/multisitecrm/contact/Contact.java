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

    /** CiviCRM's subtypes of the contact's type, as a JSON list of their names. */
    @Column(name = "contact_sub_type")
    private String contactSubType;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "organization_name")
    private String organizationName;

    @Column(name = "household_name")
    private String householdName;

    @Column(name = "prefix_id")
    private Integer prefixId;

    @Column(name = "suffix_id")
    private Integer suffixId;

    @Column(name = "formal_title")
    private String formalTitle;

    @Column(name = "nick_name")
    private String nickName;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "job_title")
    private String jobTitle;

    /** The current employer, kept in step with the contact's active "Employee of" relationship. */
    @Column(name = "employer_id")
    private Long employerId;

    @Column(name = "gender_id")
    private Integer genderId;

    @Column(name = "birth_date")
    private java.time.LocalDate birthDate;

    @Column(name = "is_deceased", nullable = false)
    private boolean isDeceased;

    @Column(name = "deceased_date")
    private java.time.LocalDate deceasedDate;

    @Column(name = "external_identifier")
    private String externalIdentifier;

    @Column(name = "legal_identifier")
    private String legalIdentifier;

    private String source;

    @Column(name = "image_URL")
    private String imageUrl;

    /** A JSON list of the values of the preferred_communication_method options. */
    @Column(name = "preferred_communication_method")
    private String preferredCommunicationMethod;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "communication_style_id")
    private Integer communicationStyleId;

    @Column(name = "email_greeting_id")
    private Integer emailGreetingId;

    @Column(name = "email_greeting_custom")
    private String emailGreetingCustom;

    @Column(name = "email_greeting_display")
    private String emailGreetingDisplay;

    @Column(name = "postal_greeting_id")
    private Integer postalGreetingId;

    @Column(name = "postal_greeting_custom")
    private String postalGreetingCustom;

    @Column(name = "postal_greeting_display")
    private String postalGreetingDisplay;

    @Column(name = "addressee_id")
    private Integer addresseeId;

    @Column(name = "addressee_custom")
    private String addresseeCustom;

    @Column(name = "addressee_display")
    private String addresseeDisplay;

    @Column(name = "do_not_email", nullable = false)
    private boolean doNotEmail;

    @Column(name = "do_not_phone", nullable = false)
    private boolean doNotPhone;

    @Column(name = "do_not_mail", nullable = false)
    private boolean doNotMail;

    @Column(name = "do_not_sms", nullable = false)
    private boolean doNotSms;

    @Column(name = "do_not_trade", nullable = false)
    private boolean doNotTrade;

    @Column(name = "is_opt_out", nullable = false)
    private boolean isOptOut;

    /** CiviCRM's per-contact secret for links that act without a login (checksums, opt-out). */
    @Column(name = "hash", updatable = false)
    private String hash = java.util.UUID.randomUUID().toString().replace("-", "");

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

    /**
     * Derives what CiviCRM derives from the names and the options chosen: an individual's display name
     * with prefix and suffix, and the email greeting, postal greeting and addressee (each contact type's
     * default where none is chosen). A deceased date marks the contact deceased.
     */
    void restyle(String prefix, String suffix, Greetings.Table greetings) {
        if (contactType == ContactType.Individual) {
            displayName = ContactStyle.individualDisplayName(prefix, firstName, lastName, suffix);
        }
        java.util.Map<String, String> tokens = new java.util.HashMap<>();
        tokens.put("first_name", firstName);
        tokens.put("middle_name", middleName);
        tokens.put("last_name", lastName);
        tokens.put("prefix_id:label", prefix);
        tokens.put("suffix_id:label", suffix);
        tokens.put("formal_title", formalTitle);
        tokens.put("nick_name", nickName);
        tokens.put("display_name", displayName);
        tokens.put("household_name", householdName);
        tokens.put("organization_name", organizationName);
        emailGreetingId = emailGreetingId != null ? emailGreetingId : greetings.defaultFor(Greetings.EMAIL, contactType);
        emailGreetingDisplay = greetings.render(Greetings.EMAIL, emailGreetingId, emailGreetingCustom, tokens);
        postalGreetingId = postalGreetingId != null ? postalGreetingId : greetings.defaultFor(Greetings.POSTAL, contactType);
        postalGreetingDisplay = greetings.render(Greetings.POSTAL, postalGreetingId, postalGreetingCustom, tokens);
        addresseeId = addresseeId != null ? addresseeId : greetings.defaultFor(Greetings.ADDRESSEE, contactType);
        addresseeDisplay = greetings.render(Greetings.ADDRESSEE, addresseeId, addresseeCustom, tokens);
        if (deceasedDate != null) {
            isDeceased = true;
        }
    }

    /** Sets the current employer; {@link ContactService#setEmployer} keeps the relationship in step. */
    public void recordEmployer(Long employerId) {
        this.employerId = employerId;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public Integer getPrefixId() {
        return prefixId;
    }

    public Integer getSuffixId() {
        return suffixId;
    }

    public String getContactSubType() {
        return contactSubType;
    }

    public String getHash() {
        return hash;
    }

    public boolean isDoNotEmail() {
        return doNotEmail;
    }

    public boolean isOptOut() {
        return isOptOut;
    }

    /** The contact asked for no bulk mail at all (CiviCRM's opt-out, from a mailing's link). */
    public void optOut() {
        isOptOut = true;
    }

    public boolean isDeceased() {
        return isDeceased;
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
