package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** The kinds of membership a domain offers, configured by its administrators. */
@ApplicationScoped
public class MembershipEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("MembershipType", MembershipType.class, "Kinds of membership a domain offers.")
                        .fields("id", "name", "description", "member_of_contact_id", "minimum_fee",
                                "duration_unit", "duration_interval", "period_type", "is_active")
                        .administeredAsConfiguration());
    }
}
