package org.multisitecrm.status;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Status preferences, administered field by field by the domain's administrators. */
@ApplicationScoped
public class StatusEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(entity("StatusPreference", StatusPreference.class, "A domain's status checks hushed or ignored.")
                .fields("id", "name", "hush_until", "ignore_severity", "prefs", "check_info")
                .optionsFrom("ignore_severity", "severity")
                .administeredAsConfiguration());
    }
}
