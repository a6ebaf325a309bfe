package org.multisitecrm.option;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Option lists and their values, configured by administrators. */
@ApplicationScoped
public class OptionEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("OptionGroup", OptionGroup.class, "Lists of options; shared or of one domain.")
                        .fields("id", "name", "title", "description", "is_reserved", "is_active")
                        .offeredAsOptions()
                        .administeredAsConfiguration(),
                entity("OptionValue", OptionValue.class, "The options of an option group.")
                        .fields("id", "option_group_id", "label", "value", "name", "description", "icon", "color", "grouping",
                                "filter", "weight", "is_default", "is_reserved", "is_active")
                        .administeredAsConfiguration());
    }
}
