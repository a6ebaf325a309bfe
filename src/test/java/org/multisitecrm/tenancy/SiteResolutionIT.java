package org.multisitecrm.tenancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each request's domain comes from its Host header (Wagtail's rules), over real HTTP. */
class SiteResolutionIT {

    private final ServerProcess server = DemoServer.get();

    @ParameterizedTest
    @CsvSource({
            "localhost, Head Office",
            "north.localhost, Branch North",
            "south.localhost, Branch South",
            "unknown.example, Head Office"})
    void theSignInPageShowsTheDomainOfTheHost(String host, String domain) {
        HttpResponse<String> root = server.get(host, "/");
        assertEquals(303, root.statusCode(), "an anonymous visit to the back office is sent to sign in");
        assertEquals("/login.xhtml?next=%2F", root.headers().firstValue("Location").orElse(""));
        HttpResponse<String> page = server.get(host, "/login.xhtml");
        assertEquals(200, page.statusCode(), "no redirect, for every site");
        assertTrue(page.body().contains("<h1 id=\"domain-name\">" + domain + "</h1>"), page.body());
    }

    @Test
    void theSiteResourceAnswersWithTheResolvedDomain() {
        HttpResponse<String> north = server.get("north.localhost", "/api/site");
        assertEquals(200, north.statusCode());
        assertTrue(north.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(north.body().contains("\"name\":\"Branch North\""), north.body());
        assertTrue(north.body().contains("\"parent_name\":\"Head Office\""), north.body());
        assertTrue(north.body().contains("\"hostname\":\"north.localhost\""), north.body());

        HttpResponse<String> head = server.get("localhost", "/api/site");
        assertTrue(head.body().contains("\"name\":\"Head Office\"") && head.body().contains("\"parent_name\":null"), head.body());
    }

    @Test
    void readinessReportsTheDatabaseCheck() {
        HttpResponse<String> ready = server.get("localhost", "/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\"") && ready.body().contains("\"migrated\":\"true\""), ready.body());
    }
}
