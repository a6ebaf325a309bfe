package org.multisitecrm.setting;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The secret members of an object setting ({@code mailing_backend.smtpPassword}): masked for those who
 * may not read them, and kept as stored when such a reader writes the object back with the mask in it,
 * so changing the server's port does not need the password retyped.
 */
final class SecretMembers {

    private SecretMembers() {
    }

    static JsonValue masked(SettingDefinition definition, JsonValue value, JsonValue mask) {
        if (definition.secretMembers().isEmpty() || !(value instanceof JsonObject object)) {
            return value;
        }
        JsonObjectBuilder shown = JSON.createObjectBuilder(object);
        boolean changed = false;
        for (String member : definition.secretMembers()) {
            if (object.get(member) instanceof JsonString secret && !secret.getString().isEmpty()) {
                shown.add(member, mask);
                changed = true;
            }
        }
        return changed ? shown.build() : value;
    }

    static JsonValue keepMasked(SettingDefinition definition, JsonValue written, JsonValue stored, JsonValue mask) {
        if (definition.secretMembers().isEmpty() || !(written instanceof JsonObject object)) {
            return written;
        }
        JsonObjectBuilder kept = JSON.createObjectBuilder(object);
        for (String member : definition.secretMembers()) {
            if (mask.equals(object.get(member))) {
                JsonValue previous = stored instanceof JsonObject before ? before.get(member) : null;
                if (previous == null) {
                    kept.remove(member);
                } else {
                    kept.add(member, previous);
                }
            }
        }
        return kept.build();
    }
}
