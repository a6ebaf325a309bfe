package org.multisitecrm.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A kind of relationship, named both ways ("Employee of" / "Employer of"). */
@Entity
@Table(name = "civicrm_relationship_type")
public class RelationshipType extends SeparableEntity {

    @Column(name = "name_a_b", nullable = false)
    private String nameAB;

    @Column(name = "label_a_b", nullable = false)
    private String labelAB;

    @Column(name = "name_b_a", nullable = false)
    private String nameBA;

    @Column(name = "label_b_a", nullable = false)
    private String labelBA;

    private String description;

    @Column(name = "contact_type_a")
    private String contactTypeA;

    @Column(name = "contact_type_b")
    private String contactTypeB;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected RelationshipType() {
    }

    public String getNameAB() {
        return nameAB;
    }

    public String getLabelAB() {
        return labelAB;
    }

    public String getNameBA() {
        return nameBA;
    }

    public String getLabelBA() {
        return labelBA;
    }

    public String getDescription() {
        return description;
    }

    public String getContactTypeA() {
        return contactTypeA;
    }

    public String getContactTypeB() {
        return contactTypeB;
    }

    public boolean isReserved() {
        return isReserved;
    }

    public boolean isActive() {
        return isActive;
    }
}
