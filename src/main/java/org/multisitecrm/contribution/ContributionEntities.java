package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** The kinds of money, shared by every domain as in CiviCRM, so changed only by head office. */
@ApplicationScoped
public class ContributionEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("FinancialType", FinancialType.class, "Kinds of money received: Donation, Member Dues...")
                        .fields("id", "name", "description", "is_deductible", "is_reserved", "is_active")
                        .readOnly("is_reserved")
                        .administeredAsConfiguration());
    }
}
