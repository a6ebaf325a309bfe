package org.multisitecrm.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * Events, written by those with CiviCRM's 'edit all events' on the domain; registrations, written
 * directly under the contact edit rule and the event's capacity; the statuses, the same for every domain.
 */
@ApplicationScoped
public class EventEntities implements EntityContributor {

    @Inject
    private EventCapacity capacity;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Event", Event.class, "A domain's events: conferences, meetings, fundraisers...")
                        .fields("id", "title", "summary", "description", "event_type_id", "is_public", "start_date", "end_date",
                                "is_online_registration", "registration_start_date", "registration_end_date", "max_participants",
                                "event_full_text", "is_monetary", "financial_type_id", "currency", "default_role_id", "is_active",
                                "campaign_id", "created_id", "created_date")
                        .readOnly("created_id", "created_date")
                        .optionsFrom("event_type_id", "event_type").optionsFrom("default_role_id", "participant_role")
                        .foreignKey("financial_type_id", "FinancialType").foreignKey("campaign_id", "Campaign")
                        .foreignKey("created_id", "Contact")
                        .offeredAsOptions()
                        .writtenDirectly(Requirement.permission(Permission.EDIT_ALL_EVENTS)),
                entity("Participant", Participant.class, "Registrations of contacts for the domain's events.")
                        .fields("id", "contact_id", "event_id", "status_id", "role_id", "register_date", "source", "fee_level",
                                "fee_amount", "fee_currency", "is_test", "is_pay_later", "registered_by_id", "campaign_id")
                        .foreignKey("contact_id", "Contact").foreignKey("event_id", "Event")
                        .foreignKey("status_id", "ParticipantStatusType").foreignKey("registered_by_id", "Participant")
                        .foreignKey("campaign_id", "Campaign")
                        .optionsFrom("role_id", "participant_role").serialized("role_id")
                        .checkedBy(capacity)
                        .writtenDirectly(),
                entity("ParticipantStatusType", ParticipantStatusType.class, "What a registration's status means.")
                        .fields("id", "name", "label", "class", "is_reserved", "is_active", "is_counted", "weight")
                        .readOnly("is_reserved")
                        .offeredAsOptions()
                        .administeredAsConfiguration());
    }
}
