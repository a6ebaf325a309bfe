package org.multisitecrm.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Campaigns, managed field by field by those with CiviCRM's 'manage campaign' on the domain. */
@ApplicationScoped
public class CampaignEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(entity("Campaign", Campaign.class, "A domain's campaigns: what activities and events work towards.")
                .fields("id", "name", "title", "description", "start_date", "end_date", "campaign_type_id", "status_id",
                        "external_identifier", "parent_id", "is_active", "created_id", "created_date", "goal_general", "goal_revenue")
                .readOnly("created_id", "created_date")
                .optionsFrom("campaign_type_id", "campaign_type").optionsFrom("status_id", "campaign_status")
                .foreignKey("parent_id", "Campaign").foreignKey("created_id", "Contact")
                .offeredAsOptions()
                .writtenDirectly(Requirement.permission(Permission.MANAGE_CAMPAIGN)));
    }
}
