package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/**
 * One message of a mailing job to one contact (CiviCRM's {@code civicrm_mailing_event_queue}); its
 * {@code hash} signs the contact's unsubscribe and opt-out links. The delivery state is ours: sending
 * resumes from it, and a failed attempt waits for {@code next_attempt_date}; {@code attempts} counts the failed ones.
 */
@Entity
@Table(name = "civicrm_mailing_event_queue")
public class MailingQueueItem extends SeparableEntity {

    @Column(name = "job_id", nullable = false, updatable = false)
    private Long jobId;

    @Column(name = "mailing_id", nullable = false, updatable = false)
    private Long mailingId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "email_id", updatable = false)
    private Long emailId;

    @Column(updatable = false)
    private String email;

    @Column(name = "phone_id", updatable = false)
    private Long phoneId;

    @Column(updatable = false)
    private String phone;

    @Column(nullable = false, updatable = false)
    private String hash;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status", nullable = false)
    private DeliveryStatus deliveryStatus = DeliveryStatus.Pending;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_date")
    private LocalDateTime nextAttemptDate;

    @Column(name = "last_error")
    private String lastError;

    protected MailingQueueItem() {
    }

    public MailingQueueItem(long jobId, long mailingId, long contactId, Long emailId, String email, String hash) {
        this.jobId = jobId;
        this.mailingId = mailingId;
        this.contactId = contactId;
        this.emailId = emailId;
        this.email = email;
        this.hash = hash;
    }

    /** A message of an SMS mailing, to a mobile phone. */
    public static MailingQueueItem bySms(long jobId, long mailingId, long contactId, Long phoneId, String phone, String hash) {
        MailingQueueItem item = new MailingQueueItem(jobId, mailingId, contactId, null, null, hash);
        item.phoneId = phoneId;
        item.phone = phone;
        return item;
    }

    void delivered() {
        deliveryStatus = DeliveryStatus.Delivered;
        lastError = null;
    }

    /** A failed attempt (counted in {@code attempts}): tried again at {@code retryAt}, or given up on when that is null. */
    void failed(String error, LocalDateTime retryAt) {
        attempts++;
        deliveryStatus = retryAt == null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        nextAttemptDate = retryAt;
        lastError = error == null ? null : error.substring(0, Math.min(255, error.length()));
    }

    public Long getJobId() {
        return jobId;
    }

    public Long getMailingId() {
        return mailingId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getHash() {
        return hash;
    }

    public int getAttempts() {
        return attempts;
    }

    public DeliveryStatus getDeliveryStatus() {
        return deliveryStatus;
    }
}
