package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.visibility.VisibleThroughContact;

@Entity
@Table(name = "civicrm_email")
@VisibleThroughContact("contactId")
public class Email extends ContactOwnedRow {

    @Column(nullable = false)
    private String email;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    protected Email() {
    }

    public Email(long contactId, long locationTypeId, String email, boolean isPrimary) {
        super(contactId, locationTypeId, isPrimary);
        this.email = email;
    }

    /** Whoever writes the row (a service, the API's generic writer), the address must look like one. */
    @PrePersist
    @PreUpdate
    void requireAddress() {
        if (email == null || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput("email", "'" + email + "' is not an email address");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isOnHold() {
        return onHold;
    }
}
