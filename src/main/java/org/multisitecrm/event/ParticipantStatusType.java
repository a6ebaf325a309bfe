package org.multisitecrm.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** Registered, Attended, Cancelled...: what a registration's status means, and whether it counts towards capacity. */
@Entity
@Table(name = "civicrm_participant_status_type")
public class ParticipantStatusType extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String label;

    @Column(name = "class")
    private String statusClass;

    @Column(name = "is_reserved", nullable = false, updatable = false)
    private boolean isReserved;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "is_counted", nullable = false)
    private boolean isCounted;

    @Column(nullable = false)
    private int weight;

    protected ParticipantStatusType() {
    }
}
