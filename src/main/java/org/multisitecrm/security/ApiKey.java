package org.multisitecrm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** An API key of a login, stored as the SHA-256 of the key; the key itself is shown once. */
@Entity
@Table(name = "crm_api_key")
public class ApiKey extends SeparableEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    private String label;

    @Column(name = "created_date", insertable = false, updatable = false)
    private LocalDateTime createdDate;

    @Column(name = "revoked_date")
    private LocalDateTime revokedDate;

    protected ApiKey() {
    }

    ApiKey(long userId, String keyHash, String label) {
        this.userId = userId;
        this.keyHash = keyHash;
        this.label = label;
    }

    public Long getUserId() {
        return userId;
    }

    public String getLabel() {
        return label;
    }

    public LocalDateTime getCreatedDate() {
        return createdDate;
    }

    public boolean isRevoked() {
        return revokedDate != null;
    }

    void revoke() {
        revokedDate = LocalDateTime.now();
    }

    public LocalDateTime getRevokedDate() {
        return revokedDate;
    }
}
