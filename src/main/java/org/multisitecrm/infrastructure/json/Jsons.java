package org.multisitecrm.infrastructure.json;

import jakarta.json.spi.JsonProvider;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** The JSON provider, looked up once: use {@code JSON.createObjectBuilder()} and not {@code JSON.createObjectBuilder()}. */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
