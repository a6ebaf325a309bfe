package org.multisitecrm.contact;

import org.multisitecrm.infrastructure.validation.InvalidInput;

/** The names a contact is created or renamed with: first and last for individuals, a name otherwise. */
public record ContactName(String firstName, String lastName, String name) {

    private static final int MAX = 64;

    void requireValidFor(ContactType type) {
        if (type == ContactType.Individual) {
            if (blank(firstName) && blank(lastName)) {
                throw new InvalidInput("first_name", "an individual needs a first_name or a last_name");
            }
            requireLength("first_name", firstName, MAX);
            requireLength("last_name", lastName, MAX);
        } else {
            String field = type == ContactType.Organization ? "organization_name" : "household_name";
            if (blank(name)) {
                throw new InvalidInput(field, "an " + type.name().toLowerCase() + " needs a name");
            }
            requireLength(field, name, 128);
        }
    }

    String individualDisplayName() {
        return (trim(firstName) + " " + trim(lastName)).trim();
    }

    String individualSortName() {
        if (blank(lastName)) {
            return trim(firstName);
        }
        return blank(firstName) ? trim(lastName) : trim(lastName) + ", " + trim(firstName);
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            throw new InvalidInput(field, "at most " + max + " characters");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
