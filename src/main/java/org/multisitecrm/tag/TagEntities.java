package org.multisitecrm.tag;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * Tags (configuration: head office's while shared, a domain's own once the table makes them per domain)
 * and the tags contacts carry, written under the contact's edit rule.
 */
@ApplicationScoped
public class TagEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Tag", Tag.class, "Tags contacts carry, possibly in sets and below parents.")
                        .fields("id", "name", "label", "description", "parent_id", "is_selectable", "is_reserved", "is_tagset",
                                "used_for", "color")
                        .readOnly("is_reserved")
                        .offeredAsOptions()
                        .administeredAsConfiguration(),
                entity("EntityTag", EntityTag.class, "Which contacts carry which tags.")
                        .fields("id", "entity_table", "entity_id", "tag_id")
                        .foreignKey("entity_id", "Contact").foreignKey("tag_id", "Tag")
                        .writtenDirectly());
    }
}
