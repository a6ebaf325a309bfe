package org.multisitecrm.api;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API clients get JSON errors in APIv4's shape, never the server's HTML page. */
class ApiErrorIT {

    private final ServerProcess server = DemoServer.get();

    @Test
    void anUnknownResourceIsA404InJson() {
        HttpResponse<String> response = server.send("north.localhost", "GET", "/api/no-such-thing", "north-demo-key");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"error_code\":\"not_found\",\"error_message\":\"Not Found\",\"status\":404}", response.body());
    }

    @Test
    void aWrongMethodIsA405InJson() {
        HttpResponse<String> response = server.send("north.localhost", "DELETE", "/api/site");
        assertEquals(405, response.statusCode());
        assertTrue(response.body().contains("\"error_code\":\"method_not_allowed\""), response.body());
        assertTrue(response.body().contains("\"status\":405"), response.body());
    }
}
