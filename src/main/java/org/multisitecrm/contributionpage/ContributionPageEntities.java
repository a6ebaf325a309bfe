package org.multisitecrm.contributionpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Contribution pages and their membership blocks: a domain's configuration, written by its administrators. */
@ApplicationScoped
public class ContributionPageEntities implements EntityContributor {

    @Inject
    private PageProcessorsCheck processors;
    @Inject
    private BlockTypesCheck membershipTypes;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("ContributionPage", ContributionPage.class, "A domain's public pages for giving and joining.")
                        .fields("id", "name", "title", "frontend_title", "intro_text", "thankyou_text", "financial_type_id",
                                "payment_processor", "is_monetary", "is_allow_other_amount", "min_amount", "max_amount", "goal_amount",
                                "currency", "is_active", "start_date", "end_date", "created_date")
                        .readOnly("created_date")
                        .serialized("payment_processor")
                        .foreignKey("financial_type_id", "FinancialType")
                        .checkedBy(processors)
                        .administeredAsConfiguration(),
                entity("MembershipBlock", MembershipBlock.class, "The membership types a contribution page sells.")
                        .fields("id", "entity_table", "entity_id", "membership_types", "membership_type_default", "is_required", "is_active")
                        .readOnly("entity_table")
                        .serialized("membership_types")
                        .foreignKey("entity_id", "ContributionPage").foreignKey("membership_type_default", "MembershipType")
                        .checkedBy(membershipTypes)
                        .administeredAsConfiguration());
    }
}
