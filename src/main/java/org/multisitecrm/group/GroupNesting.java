package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughGroup;

/** One parent of a group; a group may have several parents, never a cycle. */
@Entity
@Table(name = "civicrm_group_nesting")
@VisibleThroughGroup("childGroupId")
public class GroupNesting extends SeparableEntity {

    @Column(name = "child_group_id", nullable = false, updatable = false)
    private Long childGroupId;

    @Column(name = "parent_group_id", nullable = false, updatable = false)
    private Long parentGroupId;

    protected GroupNesting() {
    }

    public GroupNesting(long childGroupId, long parentGroupId) {
        this.childGroupId = childGroupId;
        this.parentGroupId = parentGroupId;
    }

    public Long getChildGroupId() {
        return childGroupId;
    }

    public Long getParentGroupId() {
        return parentGroupId;
    }
}
