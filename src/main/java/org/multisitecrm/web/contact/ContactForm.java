package org.multisitecrm.web.contact;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** What the contact form edits: the names the contact's type uses and, on create, its primary email. */
public class ContactForm implements Serializable {

    private String contactType = "Individual";
    private String firstName;
    private String lastName;
    private String organizationName;
    private String householdName;
    private String email;

    static ContactForm of(Map<String, Object> contact) {
        ContactForm form = new ContactForm();
        form.contactType = (String) contact.get("contact_type");
        form.firstName = (String) contact.get("first_name");
        form.lastName = (String) contact.get("last_name");
        form.organizationName = (String) contact.get("organization_name");
        form.householdName = (String) contact.get("household_name");
        return form;
    }

    /** The catalogue values: the names of this type only, blanks as null so a cleared name is cleared. */
    JsonObject values(boolean creating) {
        JsonObjectBuilder values = JSON.createObjectBuilder();
        if (creating) {
            values.add("contact_type", contactType == null ? "" : contactType);
        }
        switch (contactType == null ? "" : contactType) {
            case "Organization" -> put(values, "organization_name", organizationName);
            case "Household" -> put(values, "household_name", householdName);
            default -> {
                put(values, "first_name", firstName);
                put(values, "last_name", lastName);
            }
        }
        return values.build();
    }

    private static void put(JsonObjectBuilder values, String field, String value) {
        if (value == null || value.isBlank()) {
            values.addNull(field);
        } else {
            values.add(field, value.trim());
        }
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public String getContactType() {
        return contactType;
    }

    public void setContactType(String contactType) {
        this.contactType = contactType;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public String getHouseholdName() {
        return householdName;
    }

    public void setHouseholdName(String householdName) {
        this.householdName = householdName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
