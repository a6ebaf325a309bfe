package org.multisitecrm.api4;

import jakarta.json.JsonObject;


/**
 * How records of one entity are written. Values arrive checked against the entity's fields and
 * converted to their Java types; the writer applies the entity's own rules (or the generic ones).
 * Called inside the action's transaction.
 */
public interface RecordWriter {

    long create(ApiEntity entity, ApiRecord values);

    void update(ApiEntity entity, long id, ApiRecord values);

    void delete(ApiEntity entity, long id, JsonObject params);
}
