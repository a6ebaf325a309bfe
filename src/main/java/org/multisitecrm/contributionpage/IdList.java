package org.multisitecrm.contributionpage;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** A multi-valued column of record ids, kept as a JSON array of whole numbers ({@code [1, 3]}). */
final class IdList {

    private IdList() {
    }

    static List<Long> parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        JsonValue value;
        try {
            value = JSON.createReader(new StringReader(text)).readValue();
        } catch (RuntimeException e) {
            throw new InvalidInput(field, "is a JSON array of ids such as [1, 3]");
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInput(field, "is a JSON array of ids such as [1, 3]");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonNumber number) || !number.isIntegral() || number.longValue() <= 0) {
                throw new InvalidInput(field, "holds ids, whole numbers above zero, not " + item);
            }
            ids.add(number.longValue());
        }
        return ids;
    }
}
