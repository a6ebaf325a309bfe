package org.multisitecrm.payment;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * A processor's credentials are secrets: North's administrator sets and reads them; North's staff
 * member reads the processor without them and cannot select, filter or sort by them (answered exactly
 * as a field that does not exist, so no query probes a password); South never sees North's processor.
 */
class PaymentProcessorApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String CLERK_KEY = "clerk-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    @Test
    void onlyTheDomainsAdministratorsReadItsProcessorsCredentials() {
        long processor = api.firstId(NORTH, NORTH_KEY, "PaymentProcessor", "get", "{\"select\":[\"id\"]}");
        JsonObject set = api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "update", "{\"where\":[[\"id\",\"=\"," + processor
                + "]],\"values\":{\"user_name\":\"north-shop\",\"password\":\"hunter2-north\",\"signature\":\"sig-north\"}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("hunter2-north", set.getString("password"), "the administrator reads what they set");

        JsonObject seen = api.ok(NORTH, CLERK_KEY, "PaymentProcessor", "get", "{\"where\":[[\"id\",\"=\"," + processor + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("north-shop", seen.getString("user_name"));
        assertFalse(seen.containsKey("password") || seen.containsKey("signature"), seen.toString());
        assertFalse(api.call(NORTH, CLERK_KEY, "PaymentProcessor", "get", "{}").body().contains("hunter2"));

        for (String probe : new String[] {
                "{\"select\":[\"%s\"]}", "{\"where\":[[\"%s\",\"=\",\"hunter2-north\"]]}", "{\"where\":[[\"%s\",\"LIKE\",\"h%%\"]]}",
                "{\"orderBy\":{\"%s\":\"ASC\"}}", "{\"select\":[\"COUNT(%s) AS n\"]}", "{\"groupBy\":[\"%s\"],\"select\":[\"id\"]}"}) {
            HttpResponse<String> secret = api.call(NORTH, CLERK_KEY, "PaymentProcessor", "get", String.format(probe, "password"));
            HttpResponse<String> missing = api.call(NORTH, CLERK_KEY, "PaymentProcessor", "get", String.format(probe, "passwort"));
            assertEquals(400, refused(secret), probe);
            assertEquals(message(missing).replace("passwort", "password"), message(secret), "a secret is no field to the clerk: " + probe);
        }
        assertEquals(403, refused(api.call(NORTH, CLERK_KEY, "PaymentProcessor", "update",
                "{\"where\":[[\"id\",\"=\"," + processor + "]],\"values\":{\"password\":\"mine\"}}")));

        assertEquals(1, api.ok(NORTH, NORTH_KEY, "PaymentProcessor", "get",
                "{\"select\":[\"id\"],\"where\":[[\"password\",\"=\",\"hunter2-north\"]]}").getInt("count"), "administrators may filter");
        assertEquals(0, api.ok("south.localhost", "south-demo-key", "PaymentProcessor", "get",
                "{\"where\":[[\"id\",\"=\"," + processor + "]]}").getInt("count"));
    }
}
