package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.security.visibility.VisibleThroughContact;

@Entity
@Table(name = "civicrm_phone")
@VisibleThroughContact("contactId")
public class Phone extends ContactOwnedRow {

    @Column(nullable = false)
    private String phone;

    @Column(name = "phone_type_id")
    private Long phoneTypeId;

    protected Phone() {
    }

    public Phone(long contactId, long locationTypeId, String phone, boolean isPrimary) {
        super(contactId, locationTypeId, isPrimary);
        this.phone = phone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getPhoneTypeId() {
        return phoneTypeId;
    }
}
