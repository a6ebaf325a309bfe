package org.multisitecrm.navigation;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** A domain's menu entries, configured by its administrators. */
@ApplicationScoped
public class NavigationEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Navigation", Navigation.class, "A domain's menu entries.")
                        .fields("id", "label", "name", "url", "icon", "permission", "permission_operator", "parent_id", "is_active", "weight",
                                "has_separator")
                        .optionsFrom("has_separator", "navigation_separator")
                        .administeredAsConfiguration());
    }
}
