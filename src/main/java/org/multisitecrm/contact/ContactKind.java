package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/**
 * CiviCRM's {@code civicrm_contact_type} (the API's {@code ContactType}): the three base types, which
 * {@link ContactType} names, and their subtypes (Student, Staff, Sponsor...), each under one base type.
 */
@Entity
@Table(name = "civicrm_contact_type")
public class ContactKind extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String label;

    private String description;

    @Column(name = "image_URL")
    private String imageUrl;

    private String icon;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "is_reserved", nullable = false, updatable = false)
    private boolean isReserved;

    protected ContactKind() {
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isActive() {
        return isActive;
    }
}
