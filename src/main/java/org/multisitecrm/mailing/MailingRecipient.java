package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A recipient fixed when the mailing was scheduled (CiviCRM's {@code civicrm_mailing_recipients}): the contact and the email or mobile phone used. */
@Entity
@Table(name = "civicrm_mailing_recipients")
public class MailingRecipient extends SeparableEntity {

    @Column(name = "mailing_id", nullable = false, updatable = false)
    private Long mailingId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "email_id", updatable = false)
    private Long emailId;

    @Column(name = "phone_id", updatable = false)
    private Long phoneId;

    protected MailingRecipient() {
    }

    public MailingRecipient(long mailingId, long contactId, long emailId) {
        this.mailingId = mailingId;
        this.contactId = contactId;
        this.emailId = emailId;
    }

    /** A recipient of an SMS mailing, through their mobile phone. */
    public static MailingRecipient bySms(long mailingId, long contactId, long phoneId) {
        MailingRecipient recipient = new MailingRecipient();
        recipient.mailingId = mailingId;
        recipient.contactId = contactId;
        recipient.phoneId = phoneId;
        return recipient;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getEmailId() {
        return emailId;
    }
}
