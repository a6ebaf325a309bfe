package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/**
 * Who a mailing goes to (CiviCRM's {@code civicrm_mailing_group}): an Include or Exclude of a group
 * ({@code civicrm_group}) or of an earlier mailing's recipients ({@code civicrm_mailing}).
 */
@Entity
@Table(name = "civicrm_mailing_group")
public class MailingGroup extends SeparableEntity {

    public static final String GROUP_TABLE = "civicrm_group";
    public static final String MAILING_TABLE = "civicrm_mailing";

    @Column(name = "mailing_id", nullable = false, updatable = false)
    private Long mailingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_type", nullable = false)
    private MailingGroupType groupType;

    @Column(name = "entity_table", nullable = false)
    private String entityTable;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    protected MailingGroup() {
    }

    public MailingGroup(long mailingId, MailingGroupType groupType, String entityTable, long entityId) {
        this.mailingId = mailingId;
        this.groupType = groupType;
        this.entityTable = entityTable;
        this.entityId = entityId;
    }

    public Long getMailingId() {
        return mailingId;
    }

    public MailingGroupType getGroupType() {
        return groupType;
    }

    public String getEntityTable() {
        return entityTable;
    }

    public Long getEntityId() {
        return entityId;
    }
}
