package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A message that could not be delivered, with the SMTP server's reason (CiviCRM's {@code civicrm_mailing_event_bounce}). */
@Entity
@Table(name = "civicrm_mailing_event_bounce")
public class MailingBounce extends MailingEvent {

    @Column(name = "bounce_type_id", updatable = false)
    private Long bounceTypeId;

    @Column(name = "bounce_reason", updatable = false)
    private String bounceReason;

    protected MailingBounce() {
    }

    public MailingBounce(long queueId, LocalDateTime at, String reason) {
        super(queueId, at);
        this.bounceReason = reason == null ? null : reason.substring(0, Math.min(255, reason.length()));
    }
}
