package org.multisitecrm.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Relationships through {@link RelationshipService}: both contacts must be editable by the caller (so
 * nobody grants themselves access with a permission flag), and every change recomputes the grants
 * around the two contacts.
 */
@ApplicationScoped
class RelationshipRecordWriter implements RecordWriter {

    @Inject
    private RelationshipService relationships;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        Relationship created = relationships.create(values.<Long>require("relationship_type_id"),
                values.<Long>require("contact_id_a"), values.<Long>require("contact_id_b"),
                permission(values, "is_permission_a_b", RelationshipPermission.NONE),
                permission(values, "is_permission_b_a", RelationshipPermission.NONE),
                values.getOr("start_date", null), values.getOr("end_date", null));
        if (values.has("is_active") || values.has("description")) {
            update(entity, created.getId(), values);
        }
        return created.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        Relationship current = relationships.get(id);
        relationships.update(id, permission(values, "is_permission_a_b", current.getPermissionAB()),
                permission(values, "is_permission_b_a", current.getPermissionBA()),
                values.<LocalDate>getOr("start_date", current.getStartDate()), values.<LocalDate>getOr("end_date", current.getEndDate()),
                values.getOr("is_active", current.isActive()), values.getOr("description", current.getDescription()));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        relationships.delete(id);
    }

    private static RelationshipPermission permission(RecordValues values, String field, RelationshipPermission current) {
        Integer code = values.getOr(field, null);
        return code == null ? current : RelationshipPermission.of(code, field);
    }
}
