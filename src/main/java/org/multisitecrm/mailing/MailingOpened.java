package org.multisitecrm.mailing;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A recipient's mail program loaded the message's tracking image (CiviCRM's {@code civicrm_mailing_event_opened}). */
@Entity
@Table(name = "civicrm_mailing_event_opened")
public class MailingOpened extends MailingEvent {

    protected MailingOpened() {
    }

    public MailingOpened(long queueId, LocalDateTime at) {
        super(queueId, at);
    }
}
