package org.multisitecrm.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * Activities with CiviCRM's fields, written with their contacts in one call
 * ({@code source_contact_id}, {@code target_contact_id}, {@code assignee_contact_id}), and the links
 * themselves, written directly under the contact edit rule.
 */
@ApplicationScoped
public class ActivityEntities implements EntityContributor {

    @Inject
    private ActivityRecordWriter writer;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Activity", Activity.class, "Meetings, calls, emails and other things done with or for contacts.")
                        .fields("id", "activity_type_id", "subject", "activity_date_time", "duration", "location", "details",
                                "status_id", "priority_id", "parent_id", "is_test", "is_deleted", "campaign_id", "created_date",
                                "modified_date")
                        .readOnly("created_date", "modified_date")
                        .optionsFrom("activity_type_id", "activity_type").optionsFrom("status_id", "activity_status")
                        .optionsFrom("priority_id", "priority")
                        .foreignKey("parent_id", "Activity").foreignKey("campaign_id", "Campaign")
                        .writtenWith("source_contact_id", "Contact").writtenWith("target_contact_id", "Contact")
                        .writtenWith("assignee_contact_id", "Contact")
                        .filterByDefault("is_deleted", Boolean.FALSE)
                        .writtenBy(writer),
                entity("ActivityContact", ActivityContact.class, "Who an activity concerns: assignees, its source and its targets.")
                        .fields("id", "activity_id", "contact_id", "record_type_id")
                        .foreignKey("activity_id", "Activity").foreignKey("contact_id", "Contact")
                        .optionsFrom("record_type_id", "activity_contacts")
                        .writtenDirectly());
    }
}
