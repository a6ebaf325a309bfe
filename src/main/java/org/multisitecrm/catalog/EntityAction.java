package org.multisitecrm.catalog;

import jakarta.json.JsonObject;

/**
 * An action of one entity beyond reads and writes (a job's {@code execute}), declared with the entity
 * by its capability. The catalogue selects the records by the caller's where, so only records the
 * caller sees are acted on, and checks the declared requirement first.
 */
public interface EntityAction {

    /** A requirement, what to do with each selected record, and the parameters of its own it takes beyond the where. */
    record Declared(org.multisitecrm.security.Requirement requirement, EntityAction action, java.util.Set<String> params) {

        public Declared {
            params = java.util.Set.copyOf(params);
        }
    }

    /** Acts on one record; answers the row the API returns for it. */
    JsonObject run(CatalogEntity entity, long id, JsonObject params);
}
