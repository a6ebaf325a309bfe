package org.multisitecrm.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughContact;

import java.time.LocalDate;

/**
 * A relationship between contacts A and B. A permission flag lets one side's user view (2) or view
 * and update (1) the other side, and through it whatever that side has permission over.
 */
@Entity
@Table(name = "civicrm_relationship")
@VisibleThroughContact({"contactIdA", "contactIdB"})
public class Relationship extends SeparableEntity {

    @Column(name = "contact_id_a", nullable = false, updatable = false)
    private Long contactIdA;

    @Column(name = "contact_id_b", nullable = false, updatable = false)
    private Long contactIdB;

    @Column(name = "relationship_type_id", nullable = false, updatable = false)
    private Long relationshipTypeId;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    private String description;

    @Column(name = "is_permission_a_b", nullable = false)
    private int isPermissionAB;

    @Column(name = "is_permission_b_a", nullable = false)
    private int isPermissionBA;

    protected Relationship() {
    }

    public Relationship(long relationshipTypeId, long contactIdA, long contactIdB) {
        this.relationshipTypeId = relationshipTypeId;
        this.contactIdA = contactIdA;
        this.contactIdB = contactIdB;
    }

    public Long getContactIdA() {
        return contactIdA;
    }

    public Long getContactIdB() {
        return contactIdB;
    }

    public Long getRelationshipTypeId() {
        return relationshipTypeId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setDates(LocalDate startDate, LocalDate endDate) {
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean isActive() {
        return isActive;
    }

    public void setActive(boolean active) {
        isActive = active;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public RelationshipPermission getPermissionAB() {
        return RelationshipPermission.of(isPermissionAB, "is_permission_a_b");
    }

    public RelationshipPermission getPermissionBA() {
        return RelationshipPermission.of(isPermissionBA, "is_permission_b_a");
    }

    public void setPermissions(RelationshipPermission aOverB, RelationshipPermission bOverA) {
        this.isPermissionAB = aOverB.code();
        this.isPermissionBA = bOverA.code();
    }
}
