package org.multisitecrm.sms;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.MailingFixture;
import org.multisitecrm.testing.ServerProcess;
import org.multisitecrm.testing.SmsGatewayStub;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * An SMS mailing of North through its own HTTP gateway (a stub in the test): only contacts with a mobile
 * phone who allow SMS get it, with their tokens and the gateway's templated account and headers; the
 * gateway's password is a secret; South neither sees North's gateway nor sends through it.
 */
class SmsMailingIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    @Test
    void anSmsReachesTheGatewayForEachMobileThatAllowsIt() {
        MailingFixture fixture = new MailingFixture(server);
        try (SmsGatewayStub gateway = new SmsGatewayStub()) {
            long provider = api.firstId(NORTH, NORTH_KEY, "SmsProvider", "create", "{\"values\":{\"name\":\"stub_" + fixture.run()
                    + "\",\"title\":\"Stub gateway\",\"username\":\"north-account\",\"password\":\"s3cret\",\"api_type:name\":\"http\","
                    + "\"api_url\":\"" + gateway.url("/send?account={username}") + "\",\"api_params\":\"from=NorthCRM\\n"
                    + "header.Authorization=Bearer {password}\\nbody=to={to}&text={text}&from={from}\"}}");
            try {
                long mo = fixture.person(NORTH, NORTH_KEY, "Mo", "mo", "");
                long dee = fixture.person(NORTH, NORTH_KEY, "Dee", "dee", ",\"do_not_sms\":true");
                long lan = fixture.person(NORTH, NORTH_KEY, "Lan", "lan", "");
                phone(mo, "+44 7700 900001", "Mobile");
                phone(dee, "+44 7700 900002", "Mobile");
                phone(lan, "+44 20 7946 0003", "Phone");
                long group = fixture.group(NORTH, NORTH_KEY, "Texters", mo, dee, lan);
                long mailing = api.firstId(NORTH, NORTH_KEY, "Mailing", "create", "{\"values\":{\"name\":\"Text " + fixture.run()
                        + "\",\"sms_provider_id\":" + provider + ",\"body_text\":\"Hi {contact.first_name}, from {domain.name}\"}}");
                fixture.include(NORTH, NORTH_KEY, mailing, "Include", group);
                fixture.schedule(NORTH, NORTH_KEY, mailing);
                fixture.send(NORTH, NORTH_KEY);

                List<SmsGatewayStub.Request> sent = gateway.requests();
                assertEquals(1, sent.size(), "Mo alone: Dee does not allow SMS and Lan has no mobile: " + sent);
                SmsGatewayStub.Request request = sent.get(0);
                assertEquals("/send?account=north-account", request.pathAndQuery());
                assertEquals(List.of("Bearer s3cret"), request.headers().get("Authorization"));
                Map<String, String> form = form(request.body());
                assertEquals("+44 7700 900001", form.get("to"));
                assertEquals("Hi Mo, from Branch North", form.get("text"));
                assertEquals("NorthCRM", form.get("from"));
                JsonObject stats = api.ok(NORTH, NORTH_KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                        .getJsonArray("values").getJsonObject(0);
                assertEquals(1, stats.getInt("delivered"));

                assertFalse(api.ok(NORTH, "clerk-demo-key", "SmsProvider", "get", "{\"where\":[[\"id\",\"=\"," + provider + "]]}")
                        .getJsonArray("values").getJsonObject(0).containsKey("password"), "the password is the administrators' to read");
                assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "SmsProvider", "get", "{\"where\":[[\"id\",\"=\"," + provider + "]]}")
                        .getInt("count"));
                HttpResponse<String> borrowed = api.call(SOUTH, SOUTH_KEY, "Mailing", "create", "{\"values\":{\"name\":\"Borrowed\","
                        + "\"sms_provider_id\":" + provider + ",\"body_text\":\"x\"}}");
                assertEquals(400, refused(borrowed));
                assertTrue(message(borrowed).startsWith("sms_provider_id"), message(borrowed));
            } finally {
                fixture.cleanUp("localhost", "admin-demo-key");
                api.ok(NORTH, NORTH_KEY, "SmsProvider", "delete", "{\"where\":[[\"id\",\"=\"," + provider + "]]}");
            }
        }
    }

    private void phone(long contact, String number, String type) {
        api.ok(NORTH, NORTH_KEY, "Phone", "create", "{\"values\":{\"contact_id\":" + contact + ",\"phone\":\"" + number
                + "\",\"phone_type_id:name\":\"" + type + "\",\"location_type_id\":1,\"is_primary\":true}}");
    }

    private static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8), p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }
}
