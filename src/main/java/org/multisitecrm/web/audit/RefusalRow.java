package org.multisitecrm.web.audit;

import org.multisitecrm.security.audit.AccessRefusal;

import java.io.Serializable;

/** One refusal as the audit table shows it, with the domain by name. */
public class RefusalRow implements Serializable {

    private final long id;
    private final String occurred;
    private final String username;
    private final String domain;
    private final String entity;
    private final Long entityId;
    private final String action;
    private final String reason;

    RefusalRow(AccessRefusal refusal, String domain) {
        this.id = refusal.getId();
        this.occurred = refusal.getOccurredDate() == null ? "" : refusal.getOccurredDate().withNano(0).toString().replace('T', ' ');
        this.username = refusal.getUsername();
        this.domain = domain;
        this.entity = refusal.getEntity();
        this.entityId = refusal.getEntityId();
        this.action = refusal.getAction();
        this.reason = refusal.getReason();
    }

    public long getId() {
        return id;
    }

    public String getOccurred() {
        return occurred;
    }

    public String getUsername() {
        return username;
    }

    public String getDomain() {
        return domain;
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
