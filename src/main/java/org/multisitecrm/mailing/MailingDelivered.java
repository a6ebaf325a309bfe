package org.multisitecrm.mailing;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A message the domain's SMTP server took (CiviCRM's {@code civicrm_mailing_event_delivered}). */
@Entity
@Table(name = "civicrm_mailing_event_delivered")
public class MailingDelivered extends MailingEvent {

    protected MailingDelivered() {
    }

    public MailingDelivered(long queueId, LocalDateTime at) {
        super(queueId, at);
    }
}
