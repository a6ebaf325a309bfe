package org.multisitecrm.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A tag contacts can carry (Major Donor, Volunteer...), possibly below a parent or in a tag set. */
@Entity
@Table(name = "civicrm_tag")
public class Tag extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String label;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Tag parent;

    @Column(name = "is_selectable", nullable = false)
    private boolean isSelectable = true;

    @Column(name = "is_reserved", nullable = false)
    private boolean isReserved;

    @Column(name = "is_tagset", nullable = false)
    private boolean isTagset;

    @Column(name = "used_for", nullable = false)
    private String usedFor = "civicrm_contact";

    private String color;

    protected Tag() {
    }
}
