package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * A recipient who left through a mailing's link (CiviCRM's {@code civicrm_mailing_event_unsubscribe}):
 * {@code org_unsubscribe} for an opt-out of all mail, else an unsubscribe from the mailing's groups.
 */
@Entity
@Table(name = "civicrm_mailing_event_unsubscribe")
public class MailingUnsubscribe extends MailingEvent {

    @Column(name = "org_unsubscribe", nullable = false, updatable = false)
    private boolean orgUnsubscribe;

    protected MailingUnsubscribe() {
    }

    public MailingUnsubscribe(long queueId, LocalDateTime at, boolean orgUnsubscribe) {
        super(queueId, at);
        this.orgUnsubscribe = orgUnsubscribe;
    }
}
