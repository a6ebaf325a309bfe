package org.multisitecrm.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A status a membership moves through (New, Current, Grace, Expired...), with the dates it holds between. */
@Entity
@Table(name = "civicrm_membership_status")
public class MembershipStatus extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_event")
    private MembershipEvent startEvent;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_event_adjust_unit")
    private AdjustUnit startEventAdjustUnit;

    @Column(name = "start_event_adjust_interval")
    private Integer startEventAdjustInterval;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_event")
    private MembershipEvent endEvent;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_event_adjust_unit")
    private AdjustUnit endEventAdjustUnit;

    @Column(name = "end_event_adjust_interval")
    private Integer endEventAdjustInterval;

    @Column(name = "is_current_member", nullable = false)
    private boolean isCurrentMember;

    @Column(name = "is_admin", nullable = false)
    private boolean isAdmin;

    @Column(nullable = false)
    private int weight;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    protected MembershipStatus() {
    }

    /** Whether a member in this status counts as a current member (a renewal then extends rather than restarts). */
    public boolean isCurrentMember() {
        return isCurrentMember;
    }

    public StatusRule rule() {
        return new StatusRule(getId(), name, startEvent, startEventAdjustUnit, startEventAdjustInterval, endEvent,
                endEventAdjustUnit, endEventAdjustInterval, isCurrentMember, isAdmin, weight, isActive);
    }
}
