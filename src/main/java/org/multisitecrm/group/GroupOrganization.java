package org.multisitecrm.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.visibility.VisibleThroughGroup;

/** Links a group to an organisation: the seed's preferred way to associate a group with a site. */
@Entity
@Table(name = "civicrm_group_organization")
@VisibleThroughGroup("groupId")
public class GroupOrganization extends SeparableEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    protected GroupOrganization() {
    }

    public GroupOrganization(long groupId, long organizationId) {
        this.groupId = groupId;
        this.organizationId = organizationId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }
}
