package org.multisitecrm.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A contact's registration for one of the domain's events: status, role, date and fee. Registering
 * needs edit access to the contact; the event must be one of the domain's own.
 */
@Entity
@Table(name = "civicrm_participant")
@VisibleThroughContact("contactId")
public class Participant extends SeparableEntity {

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "status_id", nullable = false)
    private Long statusId = 1L;

    /** CiviCRM keeps a participant's roles as a list; here as JSON. */
    @Column(name = "role_id")
    private String roleId;

    @Column(name = "register_date")
    private LocalDateTime registerDate = LocalDateTime.now().withNano(0);

    private String source;

    @Column(name = "fee_level")
    private String feeLevel;

    @Column(name = "fee_amount")
    private BigDecimal feeAmount;

    @Column(name = "fee_currency")
    private String feeCurrency;

    @Column(name = "is_test", nullable = false)
    private boolean isTest;

    @Column(name = "is_pay_later", nullable = false)
    private boolean isPayLater;

    @Column(name = "registered_by_id")
    private Long registeredById;

    @Column(name = "campaign_id")
    private Long campaignId;

    protected Participant() {
    }

    public Participant(long contactId, long eventId) {
        this.contactId = contactId;
        this.eventId = eventId;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getStatusId() {
        return statusId;
    }
}
