package org.multisitecrm.security;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over real HTTP with the demo keys: who may call the API on which site. */
class AuthenticationIT {

    private final ServerProcess server = DemoServer.get();

    @Test
    void aBranchManagerIsKnownOnTheirOwnSite() {
        HttpResponse<String> response = server.send("north.localhost", "GET", "/api/me", "north-demo-key");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"username\":\"north\""), response.body());
        assertTrue(response.body().contains("\"view all contacts in domain\""), response.body());
        assertTrue(!response.body().contains("\"view all contacts\","), response.body());
    }

    @Test
    void aUserWithNoRoleOnTheSiteIsRefused() {
        HttpResponse<String> response = server.send("south.localhost", "GET", "/api/me", "north-demo-key");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().startsWith("{\"error_code\":\"forbidden\""), response.body());
    }

    @Test
    void aWrongOrMissingKeyIsA401InJson() {
        HttpResponse<String> wrong = server.send("north.localhost", "GET", "/api/me", "not-a-key");
        assertEquals(401, wrong.statusCode());
        assertEquals("{\"error_code\":\"unauthorized\",\"error_message\":\"The API key is not valid\",\"status\":401}", wrong.body());
        HttpResponse<String> missing = server.send("north.localhost", "GET", "/api/me", null);
        assertEquals(401, missing.statusCode());
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void headOfficeAdministratorWorksOnEverySite() {
        for (String host : new String[] {"localhost", "north.localhost", "south.localhost"}) {
            assertEquals(200, server.send(host, "GET", "/api/me", "admin-demo-key").statusCode(), host);
        }
    }
}
