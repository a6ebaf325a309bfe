package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * CiviMember: the kinds of membership a domain offers (configured by its administrators), the statuses
 * memberships move through (shared, so head office's), and the memberships, written by the rules of
 * {@link MembershipService}.
 */
@ApplicationScoped
public class MembershipEntities implements EntityContributor {

    @Inject
    private MembershipRecordWriter membershipWriter;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("MembershipType", MembershipType.class, "Kinds of membership a domain offers.")
                        .fields("id", "name", "description", "member_of_contact_id", "financial_type_id", "minimum_fee",
                                "duration_unit", "duration_interval", "period_type", "fixed_period_start_day",
                                "fixed_period_rollover_day", "relationship_type_id", "relationship_direction", "max_related",
                                "visibility", "auto_renew", "weight", "is_active")
                        .foreignKey("financial_type_id", "FinancialType")
                        .serialized("relationship_type_id", "relationship_direction")
                        .offeredAsOptions()
                        .administeredAsConfiguration(),
                entity("MembershipStatus", MembershipStatus.class, "The statuses a membership moves through, and the dates each holds between.")
                        .fields("id", "name", "label", "start_event", "start_event_adjust_unit", "start_event_adjust_interval",
                                "end_event", "end_event_adjust_unit", "end_event_adjust_interval", "is_current_member",
                                "is_admin", "weight", "is_default", "is_active", "is_reserved")
                        .readOnly("is_reserved")
                        .offeredAsOptions()
                        .administeredAsConfiguration(),
                entity("Membership", Membership.class, "Contacts' memberships: their type, dates and status.")
                        .fields("id", "contact_id", "membership_type_id", "join_date", "start_date", "end_date", "source",
                                "status_id", "is_override", "status_override_end_date", "owner_membership_id",
                                "max_related", "is_test", "is_pay_later")
                        .readOnly("owner_membership_id")
                        .computedUnlessGiven("status_id")
                        .foreignKey("contact_id", "Contact").foreignKey("membership_type_id", "MembershipType")
                        .foreignKey("status_id", "MembershipStatus").foreignKey("owner_membership_id", "Membership")
                        .writtenBy(membershipWriter));
    }
}
