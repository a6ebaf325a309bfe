package org.multisitecrm.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller kept between calls never outlives a change: on the demo server, a key revoked is refused
 * on the very next call, a login's contact match removed on a domain is gone there at once. ClusterIT does the
 * same across two servers, and with a role taken away by SQL.
 */
class CallerCacheIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String QUERY = "{\"select\":[\"id\"],\"limit\":1}";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    @Test
    void aRevokedKeyIsRefusedOnTheNextCall() {
        JsonObject issued = Api4Client.json(server.send(NORTH, "POST", "/api/me/api-keys", Map.of("Content-Type", Api4Client.FORM,
                "X-Civi-Auth", "Bearer " + NORTH_KEY), "label=cache+test").body());
        String key = issued.getString("api_key");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.call(NORTH, key, "Contact", "get", QUERY).statusCode(), "the new key works, and is kept");
        }
        server.send(NORTH, "DELETE", "/api/me/api-keys/" + issued.getJsonNumber("id").longValue(), Map.of("X-Civi-Auth", "Bearer " + NORTH_KEY), "");
        assertEquals(401, api.call(NORTH, key, "Contact", "get", QUERY).statusCode(), "revoked: refused at once, not after the cache's lifetime");
    }

    @Test
    void aLoginsContactMatchChangedIsSeenAtOnce() {
        JsonObject match = api.ok(NORTH, NORTH_KEY, "UFMatch", "get", "{\"where\":[[\"uf_name\",\"=\",\"clerk\"]]}").getJsonArray("values")
                .getJsonObject(0);
        long contact = match.getJsonNumber("contact_id").longValue();
        assertEquals(contact, me().getJsonNumber("contact_id").longValue());
        assertEquals(contact, me().getJsonNumber("contact_id").longValue(), "kept between calls");
        api.ok(NORTH, NORTH_KEY, "UFMatch", "delete", "{\"where\":[[\"id\",\"=\"," + match.getJsonNumber("id") + "]]}");
        try {
            assertTrue(me().isNull("contact_id"), "the match is gone at once, not after the cache's lifetime");
        } finally {
            api.ok(NORTH, NORTH_KEY, "UFMatch", "create", "{\"values\":{\"uf_id\":" + match.getJsonNumber("uf_id") + ",\"contact_id\":"
                    + contact + "}}");
        }
        assertEquals(contact, me().getJsonNumber("contact_id").longValue(), "and back at once");
    }

    private JsonObject me() {
        return Api4Client.json(server.send(NORTH, "GET", "/api/me", Map.of("X-Civi-Auth", "Bearer clerk-demo-key"), null).body());
    }
}
