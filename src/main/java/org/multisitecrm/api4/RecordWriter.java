package org.multisitecrm.api4;

import jakarta.json.JsonObject;
import org.multisitecrm.infrastructure.validation.InvalidInput;


/**
 * How records of one entity are written. Values arrive checked against the entity's fields and
 * converted to their Java types; the writer applies the entity's own rules (usually by calling the
 * capability's service, which holds them). Called inside the action's transaction.
 */
public interface RecordWriter {

    long create(ApiEntity entity, ApiRecord values);

    /**
     * Changes a record. The default is for records that are only created and deleted (a nesting, a
     * link): fields fixed at creation reach here only when resent with the value they have, so the
     * values are empty and there is nothing to do.
     */
    default void update(ApiEntity entity, long id, ApiRecord values) {
        if (!values.isEmpty()) {
            throw new InvalidInput("values", entity.name() + " records are not changed: delete this one and create another");
        }
    }

    void delete(ApiEntity entity, long id, JsonObject params);
}
