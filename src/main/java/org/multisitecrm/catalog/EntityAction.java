package org.multisitecrm.catalog;

import jakarta.json.JsonObject;

/**
 * An action of one entity beyond reads and writes (a job's {@code execute}), declared with the entity
 * by its capability. The catalogue selects the records by the caller's where, so only records the
 * caller sees are acted on, and checks the declared requirement first.
 */
public interface EntityAction {

    /** A requirement and what to do with each selected record. */
    record Declared(org.multisitecrm.security.Requirement requirement, EntityAction action) {
    }

    /** Acts on one record; answers the row the API returns for it. */
    JsonObject run(CatalogEntity entity, long id, JsonObject params);
}
