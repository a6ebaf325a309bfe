package org.multisitecrm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** A one-time sign-in of a login on one domain's site, issued by its session on another site. */
@Entity
@Table(name = "crm_sign_in_handoff")
public class SignInHandOff extends SeparableEntity {

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "target_domain_id", nullable = false, updatable = false)
    private Long targetDomainId;

    @Column(name = "expires_date", nullable = false, updatable = false)
    private LocalDateTime expiresDate;

    @Column(name = "redeemed_date")
    private LocalDateTime redeemedDate;

    protected SignInHandOff() {
    }

    SignInHandOff(String tokenHash, long userId, long targetDomainId, LocalDateTime expiresDate) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.targetDomainId = targetDomainId;
        this.expiresDate = expiresDate;
    }

    /** Why this hand-off cannot sign anyone in on that domain now, or null when it can. */
    String refusal(long domainId, LocalDateTime now) {
        if (redeemedDate != null) {
            return "already used";
        }
        if (!now.isBefore(expiresDate)) {
            return "expired";
        }
        if (targetDomainId != domainId) {
            return "issued for domain " + targetDomainId;
        }
        return null;
    }

    void redeem(LocalDateTime now) {
        redeemedDate = now;
    }

    Long getUserId() {
        return userId;
    }
}
