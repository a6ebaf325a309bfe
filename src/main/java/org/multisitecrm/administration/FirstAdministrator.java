package org.multisitecrm.administration;

import org.multisitecrm.infrastructure.validation.InvalidInput;

/**
 * The login a new domain can be created with (CiviCRM leaves this to a manual recipe): its username and
 * password, and the person behind it, who becomes a contact of the new domain. It holds the domain's
 * {@link #ROLE} role. Field names are those of {@code Domain.create}'s write-only values.
 */
public record FirstAdministrator(String username, char[] password, String firstName, String lastName, String email) {

    /** The role that administers one domain (not head office's 'administrator', which reaches every branch). */
    public static final String ROLE = "branch_manager";

    public static final String USERNAME = "administrator_username";
    public static final String PASSWORD = "administrator_password";
    public static final String FIRST_NAME = "administrator_first_name";
    public static final String LAST_NAME = "administrator_last_name";
    public static final String EMAIL = "administrator_email";

    public FirstAdministrator {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(USERNAME, "is required when any administrator_ value is given");
        }
        if (password == null || password.length == 0) {
            throw new InvalidInput(PASSWORD, "is required with " + USERNAME);
        }
    }

    /** The contact's last name: the one given, else the username, so the person is never unnamed. */
    public String lastNameOrUsername() {
        return lastName == null || lastName.isBlank() ? username : lastName;
    }
}
