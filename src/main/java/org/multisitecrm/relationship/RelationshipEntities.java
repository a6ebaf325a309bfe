package org.multisitecrm.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** Relationships between contacts (with the permissions they grant) and their kinds. */
@ApplicationScoped
public class RelationshipEntities implements EntityContributor {

    @Inject
    private RelationshipRecordWriter relationshipWriter;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Relationship", Relationship.class, "Relationships between contacts, with their permissions.")
                        .fields("id", "contact_id_a", "contact_id_b", "relationship_type_id", "start_date", "end_date",
                                "is_active", "description", "is_permission_a_b", "is_permission_b_a")
                        .foreignKey("contact_id_a", "Contact").foreignKey("contact_id_b", "Contact")
                        .foreignKey("relationship_type_id", "RelationshipType")
                        .writtenBy(relationshipWriter),
                entity("RelationshipType", RelationshipType.class, "Kinds of relationship.")
                        .fields("id", "name_a_b", "label_a_b", "name_b_a", "label_b_a", "description", "contact_type_a",
                                "contact_type_b", "is_reserved", "is_active")
                        .readOnly("is_reserved")
                        .administeredAsConfiguration());
    }
}
