package org.multisitecrm.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** A server running on this database, as it last said: when, and which setting overrides it reads. */
@Entity
@Table(name = "crm_server")
public class ServerRecord extends SeparableEntity {

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "started_date", nullable = false)
    private LocalDateTime startedDate;

    @Column(name = "last_seen_date", nullable = false)
    private LocalDateTime lastSeenDate;

    @Column(name = "override_fingerprints", nullable = false)
    private String overrideFingerprints;

    protected ServerRecord() {
    }

    ServerRecord(String name, LocalDateTime now) {
        this.name = name;
        this.startedDate = now;
        this.lastSeenDate = now;
        this.overrideFingerprints = "";
    }

    void seen(LocalDateTime now, String fingerprints) {
        lastSeenDate = now;
        overrideFingerprints = fingerprints;
    }

    void restarted(LocalDateTime now) {
        startedDate = now;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getStartedDate() {
        return startedDate;
    }

    public LocalDateTime getLastSeenDate() {
        return lastSeenDate;
    }

    /** What {@link ServerRegistry#announce} was given: the override files' fingerprints, as text. */
    public String getOverrideFingerprints() {
        return overrideFingerprints;
    }
}
