package org.multisitecrm.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.visibility.VisibleThroughContact;

/** A tag on a contact: seen by whoever sees the contact, added and removed by whoever may edit it. */
@Entity
@Table(name = "civicrm_entity_tag")
@VisibleThroughContact("entityId")
public class EntityTag extends SeparableEntity {

    @Column(name = "entity_table", nullable = false, updatable = false)
    private String entityTable = "civicrm_contact";

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(name = "tag_id", nullable = false, updatable = false)
    private Long tagId;

    protected EntityTag() {
    }

    @PrePersist
    void requireContact() {
        if (!"civicrm_contact".equals(entityTable)) {
            throw new InvalidInput("entity_table", "tags are put on contacts (civicrm_contact) here, not on " + entityTable);
        }
    }
}
