package org.multisitecrm.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.security.visibility.VisibleThroughContact;

@Entity
@Table(name = "civicrm_address")
@VisibleThroughContact("contactId")
public class Address extends ContactOwnedRow {

    @Column(name = "street_address")
    private String streetAddress;

    @Column(name = "supplemental_address_1")
    private String supplementalAddress1;

    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    protected Address() {
    }

    public Address(long contactId, long locationTypeId, String streetAddress, String city, String postalCode, boolean isPrimary) {
        super(contactId, locationTypeId, isPrimary);
        this.streetAddress = streetAddress;
        this.city = city;
        this.postalCode = postalCode;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public String getSupplementalAddress1() {
        return supplementalAddress1;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }
}
