package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** A recipient followed a tracked link (CiviCRM's {@code civicrm_mailing_event_trackable_url_open}). */
@Entity
@Table(name = "civicrm_mailing_event_trackable_url_open")
public class MailingClick extends MailingEvent {

    @Column(name = "trackable_url_id", nullable = false, updatable = false)
    private Long trackableUrlId;

    protected MailingClick() {
    }

    public MailingClick(long queueId, long trackableUrlId, LocalDateTime at) {
        super(queueId, at);
        this.trackableUrlId = trackableUrlId;
    }
}
