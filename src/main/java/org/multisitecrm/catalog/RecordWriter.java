package org.multisitecrm.catalog;

import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.validation.InvalidInput;


/**
 * How records of one entity are written. Values arrive checked against the entity's fields and
 * converted to their Java types; the writer applies the entity's own rules (usually by calling the
 * capability's service, which holds them). Called inside the action's transaction, only by
 * {@link CatalogWrites}: each capability's writers are package-private beans, so no adapter can reach
 * one without the entity's declared requirement and field checks.
 */
public interface RecordWriter {

    long create(CatalogEntity entity, RecordValues values);

    /**
     * Changes a record. The default is for records that are only created and deleted (a nesting, a
     * link): fields fixed at creation reach here only when resent with the value they have, so the
     * values are empty and there is nothing to do.
     */
    default void update(CatalogEntity entity, long id, RecordValues values) {
        if (!values.isEmpty()) {
            throw new InvalidInput("values", entity.name() + " records are not changed: delete this one and create another");
        }
    }

    void delete(CatalogEntity entity, long id, JsonObject params);
}
