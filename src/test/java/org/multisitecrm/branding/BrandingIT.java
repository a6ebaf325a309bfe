package org.multisitecrm.branding;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Browser;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * A domain's own logo and header: set by its administrator, checked to be an image, served to anyone
 * on its own host only, and shown in its back office.
 */
class BrandingIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    private static final String SVG = Base64.getEncoder().encodeToString("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes());

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private HttpResponse<byte[]> logo(String host) {
        return server.getBytes(host, "/civicrm/domain/logo");
    }

    @Test
    void aDomainsLogoIsItsOwnAndServedOnItsHost() {
        var demo = api.ok(NORTH, NORTH_KEY, "DomainBranding", "get", "{}").getJsonArray("values").getJsonObject(0);
        long brand = demo.getJsonNumber("id").longValue();
        String header = demo.getString("header");
        assertEquals(404, logo(NORTH).statusCode(), "the demo's North has a header line but no logo yet");
        api.ok(NORTH, NORTH_KEY, "DomainBranding", "update", "{\"where\":[[\"id\",\"=\"," + brand + "]],"
                + "\"values\":{\"logo\":\"" + PNG + "\",\"header\":\"North of the river\"}}");
        try {
            assertEquals("image/png", api.ok(NORTH, NORTH_KEY, "DomainBranding", "get", "{\"where\":[[\"id\",\"=\"," + brand + "]]}")
                    .getJsonArray("values").getJsonObject(0).getString("logo_type"));
            HttpResponse<byte[]> served = logo(NORTH);
            assertEquals(200, served.statusCode(), "anyone, signed in or not, gets the logo on the domain's host");
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
            assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertArrayEquals(Base64.getDecoder().decode(PNG), served.body());
            assertEquals(404, logo(SOUTH).statusCode(), "South has none: North's is North's");
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "DomainBranding", "get", "{\"where\":[[\"id\",\"=\"," + brand + "]]}").getInt("count"));
            assertEquals(409, refused(api.call(NORTH, NORTH_KEY, "DomainBranding", "create", "{\"values\":{\"header\":\"again\"}}")),
                    "one branding per domain");

            HttpResponse<String> svg = api.call(NORTH, NORTH_KEY, "DomainBranding", "update", "{\"where\":[[\"id\",\"=\"," + brand + "]],"
                    + "\"values\":{\"logo\":\"" + SVG + "\"}}");
            assertEquals(400, refused(svg));
            assertTrue(message(svg).startsWith("logo: is not a PNG, JPEG, GIF or WebP image"), message(svg));
            String huge = Base64.getEncoder().encodeToString(new byte[600 * 1024]);
            assertEquals(400, refused(api.form(NORTH, NORTH_KEY, "DomainBranding", "update", "{\"where\":[[\"id\",\"=\"," + brand + "]],"
                    + "\"values\":{\"logo\":\"" + huge + "\"}}")));
            assertEquals(403, refused(api.call(NORTH, "clerk-demo-key", "DomainBranding", "update", "{\"where\":[[\"id\",\"=\"," + brand
                    + "]],\"values\":{\"header\":\"x\"}}")), "branding is the domain administrators'");

            Browser browser = new Browser();
            try {
                browser.signIn(server.browserUrl(NORTH), "north", "north");
                browser.await("the header", d -> browser.has("#domain-logo"));
                assertEquals("North of the river", browser.text("#domain-header"));
            } finally {
                browser.close();
            }
        } finally {
            api.ok(NORTH, NORTH_KEY, "DomainBranding", "update", "{\"where\":[[\"id\",\"=\"," + brand + "]],"
                    + "\"values\":{\"logo\":null,\"header\":\"" + header + "\"}}");
        }
    }
}
