package org.multisitecrm.api4;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * One call written as CiviCRM writes it in a batch or a chain: {@code [entity, action, params, index?]}.
 * The optional fourth element is the {@code index} param of the call.
 */
record ApiCall(String entity, String action, JsonObject params) {

    static ApiCall parse(String key, JsonValue value, String param) {
        if (!(value instanceof JsonArray call) || call.size() < 2 || call.size() > 4
                || !(call.get(0) instanceof JsonString entity) || !(call.get(1) instanceof JsonString action)) {
            throw new InvalidInput(param, "'" + key + "' must be [entity, action, params, index?]");
        }
        JsonObject params = JsonValue.EMPTY_JSON_OBJECT;
        if (call.size() > 2 && call.get(2) != JsonValue.NULL) {
            if (call.get(2) instanceof JsonObject given) {
                params = given;
            } else if (!(call.get(2) instanceof JsonArray empty && empty.isEmpty())) {
                throw new InvalidInput(param, "params of '" + key + "' must be an object");
            }
        }
        if (call.size() == 4 && call.get(3) != JsonValue.NULL) {
            params = JSON.createObjectBuilder(params).add("index", call.get(3)).build();
        }
        return new ApiCall(entity.getString(), action.getString(), params);
    }
}
