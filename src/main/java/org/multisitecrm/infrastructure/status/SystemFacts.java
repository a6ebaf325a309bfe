package org.multisitecrm.infrastructure.status;

import jakarta.json.JsonValue;

import java.util.Map;

/** What a part of the server says of itself in CiviCRM's {@code System.get} (versions, products). */
public interface SystemFacts {

    Map<String, JsonValue> facts();
}
