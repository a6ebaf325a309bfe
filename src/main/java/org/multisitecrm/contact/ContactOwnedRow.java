package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A row of a contact's (email, phone, address): the contact, its location type and primary flag. */
@MappedSuperclass
public abstract class ContactOwnedRow extends SeparableEntity {

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @Column(name = "location_type_id", nullable = false)
    private Long locationTypeId;

    @Column(name = "is_primary", nullable = false)
    private boolean isPrimary;

    protected ContactOwnedRow() {
    }

    protected ContactOwnedRow(long contactId, long locationTypeId, boolean isPrimary) {
        this.contactId = contactId;
        this.locationTypeId = locationTypeId;
        this.isPrimary = isPrimary;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getLocationTypeId() {
        return locationTypeId;
    }

    public void setLocationTypeId(Long locationTypeId) {
        this.locationTypeId = locationTypeId;
    }

    public boolean isPrimary() {
        return isPrimary;
    }

    public void setPrimary(boolean primary) {
        isPrimary = primary;
    }
}
