package org.multisitecrm.web;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domain switcher's hand-off over plain HTTP: a token admin's North session issues for South signs
 * in on South once, and nowhere else; a made-up token is refused the same way.
 */
class DomainHandOffIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    @Test
    void aHandOffSignsInOnceOnTheDomainItNamesAndNowhereElse() {
        ServerProcess server = DemoServer.get();
        String northCookie = signIn(server, "north.localhost", "admin");
        String south = handOffTo(server, northCookie, 3);

        HttpResponse<String> elsewhere = server.send("localhost", "GET", south, Map.of(), null);
        assertEquals("/login.xhtml", elsewhere.headers().firstValue("Location").orElse(""), "head office's site refuses South's token");

        HttpResponse<String> redeemed = server.send("south.localhost", "GET", south, Map.of(), null);
        assertEquals(303, redeemed.statusCode());
        assertEquals("/", redeemed.headers().firstValue("Location").orElse(""));
        assertEquals("no-referrer", redeemed.headers().firstValue("Referrer-Policy").orElse(""));
        String southCookie = cookie(redeemed);
        HttpResponse<String> me = server.send("south.localhost", "GET", "/api/me", Map.of("Cookie", southCookie), null);
        assertTrue(me.body().contains("\"username\":\"admin\"") && me.body().contains("Branch South"), me.body());

        HttpResponse<String> replayed = server.send("south.localhost", "GET", south, Map.of(), null);
        assertEquals("/login.xhtml", replayed.headers().firstValue("Location").orElse(""), "a token is used once");
        HttpResponse<String> madeUp = server.send("south.localhost", "GET", "/handoff?token=made-up", Map.of(), null);
        assertEquals("/login.xhtml", madeUp.headers().firstValue("Location").orElse(""));
    }

    /** The service refuses too ({@code SignInHandOffs.issue} re-resolves the target): the form is the first of two guards. */
    @Test
    void aLoginOfOneDomainIsOfferedNoSwitcherAndAForgedSwitchPostIssuesNothing() {
        ServerProcess server = DemoServer.get();
        String northCookie = signIn(server, "north.localhost", "north");
        HttpResponse<String> home = server.send("north.localhost", "GET", "/", Map.of("Cookie", northCookie), null);
        assertTrue(!home.body().contains("domain-switch"), "no switcher for a login of one domain");
        HttpResponse<String> forged = postSwitch(server, northCookie, home.body(), 3);
        assertEquals(200, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Location").isEmpty(), "no hand-off issued: " + forged.headers().map());
        assertTrue(forged.body().contains("signed-in-as"), "North's own page again, still signed in");
    }

    private static String signIn(ServerProcess server, String host, String user) {
        HttpResponse<String> login = server.send(host, "POST", "/api/login", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "username=" + user + "&password=" + user);
        assertEquals(200, login.statusCode(), login.body());
        return cookie(login);
    }

    private static String handOffTo(ServerProcess server, String cookie, long domainId) {
        HttpResponse<String> home = server.send("north.localhost", "GET", "/", Map.of("Cookie", cookie), null);
        HttpResponse<String> switched = postSwitch(server, cookie, home.body(), domainId);
        String location = switched.headers().firstValue("Location").orElseThrow(() -> new AssertionError(switched.body()));
        assertTrue(location.startsWith("http://south.localhost:" + server.port() + "/handoff?token="), location);
        return URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery();
    }

    private static HttpResponse<String> postSwitch(ServerProcess server, String cookie, String page, long domainId) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), page);
        String form = "domain-switch=domain-switch&domain-switch%3Atarget=" + domainId + "&domain-switch%3Ago="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        return server.send("north.localhost", "POST", "/", Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded",
                "Origin", "http://north.localhost:" + server.port()), form);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
