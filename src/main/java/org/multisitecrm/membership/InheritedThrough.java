package org.multisitecrm.membership;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * One way a type's memberships pass to related contacts: through relationships of a type, from contact
 * B to contact A ({@code b_a}: an organisation's membership to its employees) or from A to B ({@code a_b}).
 */
public record InheritedThrough(long relationshipTypeId, boolean fromB) {

    /** CiviCRM's two parallel lists, as JSON arrays; refused, naming the field, unless they pair up. */
    static List<InheritedThrough> parse(String typeIds, String directions) {
        JsonArray ids = array(typeIds, "relationship_type_id");
        JsonArray ways = array(directions, "relationship_direction");
        if (ids.size() != ways.size()) {
            throw new InvalidInput("relationship_direction", "needs one direction (a_b or b_a) per relationship type, "
                    + ids.size() + " here, not " + ways.size());
        }
        List<InheritedThrough> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!(ids.get(i) instanceof JsonNumber id) || !id.isIntegral() || id.longValue() < 1) {
                throw new InvalidInput("relationship_type_id", "is a list of relationship type ids, not " + ids.get(i));
            }
            if (!(ways.get(i) instanceof JsonString way) || !List.of("a_b", "b_a").contains(way.getString())) {
                throw new InvalidInput("relationship_direction", "is a list of a_b or b_a, not " + ways.get(i));
            }
            all.add(new InheritedThrough(id.longValue(), way.getString().equals("b_a")));
        }
        return List.copyOf(all);
    }

    private static JsonArray array(String json, String field) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try {
            return JSON.createReader(new StringReader(json)).readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInput(field, "is a JSON list");
        }
    }
}
