package org.multisitecrm.security.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** One refused access: who, on which domain, what, when and why. */
@Entity
@Table(name = "crm_access_refusal")
public class AccessRefusal extends SeparableEntity {

    @Column(name = "occurred_date", nullable = false, updatable = false)
    private LocalDateTime occurredDate;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(updatable = false)
    private String username;

    @Column(name = "request_domain_id", updatable = false)
    private Long requestDomainId;

    @Column(nullable = false, updatable = false)
    private String entity;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected AccessRefusal() {
    }

    AccessRefusal(LocalDateTime occurredDate, Long userId, String username, Long requestDomainId, String entity,
                  Long entityId, String action, String reason) {
        this.occurredDate = occurredDate;
        this.userId = userId;
        this.username = username;
        this.requestDomainId = requestDomainId;
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.reason = reason.length() > 512 ? reason.substring(0, 512) : reason;
    }

    public LocalDateTime getOccurredDate() {
        return occurredDate;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public Long getRequestDomainId() {
        return requestDomainId;
    }

    public String getEntity() {
        return entity;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
