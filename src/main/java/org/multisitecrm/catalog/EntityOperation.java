package org.multisitecrm.catalog;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * An action of an entity as a whole rather than of records a where selects ({@code Order.create},
 * which makes a contribution, its line items and memberships from one call's parameters), declared
 * with the entity by its capability. The catalogue checks the declared requirement first; the
 * operation checks its own parameters, each refusal naming the parameter.
 */
public interface EntityOperation {

    /** A requirement and what to do. */
    record Declared(org.multisitecrm.security.Requirement requirement, EntityOperation operation) {
    }

    /** Runs with the call's parameters; answers the rows the API returns. */
    List<JsonObject> run(CatalogEntity entity, JsonObject params);
}
