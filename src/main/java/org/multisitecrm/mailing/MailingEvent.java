package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** What happened to one queued message, and when (CiviCRM's {@code civicrm_mailing_event_*} tables). */
@MappedSuperclass
public abstract class MailingEvent extends SeparableEntity {

    @Column(name = "event_queue_id", nullable = false, updatable = false)
    private Long eventQueueId;

    @Column(name = "time_stamp", nullable = false, updatable = false)
    private LocalDateTime timeStamp;

    protected MailingEvent() {
    }

    protected MailingEvent(long eventQueueId, LocalDateTime timeStamp) {
        this.eventQueueId = eventQueueId;
        this.timeStamp = timeStamp;
    }

    public Long getEventQueueId() {
        return eventQueueId;
    }
}
