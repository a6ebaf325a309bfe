package org.multisitecrm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** CiviCRM's UFMatch: which contact a login is on one domain. */
@Entity
@Table(name = "civicrm_uf_match")
public class UFMatch extends SeparableEntity {

    @Column(name = "uf_id", nullable = false, updatable = false)
    private Long ufId;

    @Column(name = "uf_name", nullable = false)
    private String ufName;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    private String language;

    protected UFMatch() {
    }

    public UFMatch(long ufId, String ufName, long contactId) {
        this.ufId = ufId;
        this.ufName = ufName;
        this.contactId = contactId;
    }

    public Long getUfId() {
        return ufId;
    }

    public String getUfName() {
        return ufName;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getLanguage() {
        return language;
    }
}
