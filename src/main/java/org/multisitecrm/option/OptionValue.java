package org.multisitecrm.option;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** One choice of an option group, as CiviCRM's {@code civicrm_option_value}. */
@Entity
@Table(name = "civicrm_option_value")
public class OptionValue extends SeparableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "option_group_id", nullable = false)
    private OptionGroup optionGroup;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String value;

    private String name;

    private String description;

    private String icon;

    private String color;

    @Column(name = "grouping")
    private String grouping;

    /** CiviCRM's filter: for greetings, the contact type the option is for (1 Individual, 2 Household, 3 Organization, 0 any). */
    private Integer filter;

    private Integer weight;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    protected OptionValue() {
    }

    public OptionValue(OptionGroup optionGroup, String label, String value, String name, int weight) {
        this.optionGroup = optionGroup;
        this.label = label;
        this.value = value;
        this.name = name;
        this.weight = weight;
    }

    public OptionGroup getOptionGroup() {
        return optionGroup;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public String getName() {
        return name;
    }

    public Integer getWeight() {
        return weight;
    }

    /** The one the domain uses when none is chosen (its default from address). */
    public void setDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    public boolean isDefault() {
        return isDefault;
    }

    public boolean isActive() {
        return isActive;
    }
}
