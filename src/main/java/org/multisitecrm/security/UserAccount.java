package org.multisitecrm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/**
 * A login, shared by every domain (the seed's shared user table). Its password hash is never exposed;
 * what it may do is decided per domain by {@link UserRole}.
 */
@Entity
@Table(name = "crm_user")
public class UserAccount extends SeparableEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "password_changed_date")
    private LocalDateTime passwordChangedDate;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangedDate = LocalDateTime.now();
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedDate = LocalDateTime.now();
    }

    public boolean isActive() {
        return isActive;
    }

    public void setActive(boolean active) {
        isActive = active;
    }

    boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** Counts a failed login; from the threshold on, each failure locks the account for longer. */
    void recordFailure(LocalDateTime now, int threshold, java.time.Duration firstLock) {
        failedLoginCount++;
        if (failedLoginCount >= threshold) {
            long factor = 1L << Math.min(10, failedLoginCount - threshold);
            lockedUntil = now.plus(firstLock.multipliedBy(factor));
        }
    }

    void recordSuccess() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public LocalDateTime getPasswordChangedDate() {
        return passwordChangedDate;
    }
}
