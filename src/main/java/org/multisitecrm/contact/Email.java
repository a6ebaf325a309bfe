package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
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
