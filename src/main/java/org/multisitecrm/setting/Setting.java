package org.multisitecrm.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** One stored setting value (JSON text) of a domain, or of one contact within it. */
@Entity
@Table(name = "civicrm_setting")
public class Setting extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(columnDefinition = "TEXT")
    private String value;

    protected Setting() {
    }

    public Setting(String name, String jsonValue) {
        this.name = name;
        this.value = jsonValue;
    }

    public String getName() {
        return name;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String jsonValue) {
        this.value = jsonValue;
    }
}
