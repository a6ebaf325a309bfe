package org.multisitecrm.option;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A named list of choices, as CiviCRM's {@code civicrm_option_group}. */
@Entity
@Table(name = "civicrm_option_group")
public class OptionGroup extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String title;

    private String description;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected OptionGroup() {
    }

    public OptionGroup(String name, String title) {
        this.name = name;
        this.title = title;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isReserved() {
        return isReserved;
    }

    public boolean isActive() {
        return isActive;
    }
}
