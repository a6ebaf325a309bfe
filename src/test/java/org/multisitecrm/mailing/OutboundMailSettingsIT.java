package org.multisitecrm.mailing;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * A domain's outbound mail server ({@code mailing_backend}) over APIv4 on the demo server: the check fires
 * while a domain's mail is disabled and can be hushed; setting its SMTP server clears it on that domain
 * alone; the password is masked for the branch and kept when the branch writes the mask back; values that
 * could not send mail are refused naming the setting and what is wrong.
 */
class OutboundMailSettingsIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";
    private static final String SMTP = "{\"outBound_option\":0,\"smtpServer\":\"smtp.north.example\",\"smtpPort\":587,"
            + "\"smtpAuth\":true,\"smtpUsername\":\"north\",\"smtpPassword\":\"s3cret-north\",\"smtpTlsMode\":\"starttls\"}";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private Optional<JsonObject> mailCheck(String host, String key) {
        return api.ok(host, key, "System", "check", "{}").getJsonArray("values").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("checkOutboundMail")).findFirst();
    }

    private JsonObject backend(String host, String key) {
        return api.ok(host, key, "Setting", "get", "{\"select\":[\"mailing_backend\"]}").getJsonArray("values").getJsonObject(0)
                .getJsonObject("value");
    }

    private HttpResponse<String> set(String value) {
        return api.call(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + value + "}}");
    }

    @Test
    void theMailCheckFiresUntilTheDomainNamesItsServerAndCanBeHushed() {
        JsonObject disabled = mailCheck(NORTH, NORTH_KEY).orElseThrow(() -> new AssertionError("a demo domain's mail is disabled"));
        assertEquals("warning", disabled.getString("severity"));
        assertTrue(disabled.getString("message").contains("mailing_backend"), disabled.toString());
        assertTrue(disabled.getBoolean("is_visible"));

        long hush = api.firstId(NORTH, NORTH_KEY, "StatusPreference", "create", "{\"values\":{\"name\":\"checkOutboundMail\","
                + "\"ignore_severity:name\":\"warning\",\"hush_until\":\"2099-01-01\"}}");
        try {
            assertFalse(mailCheck(NORTH, NORTH_KEY).orElseThrow().getBoolean("is_visible"), "hushed by North's administrator");
            assertTrue(mailCheck(SOUTH, SOUTH_KEY).orElseThrow().getBoolean("is_visible"), "North's hush is not South's");
        } finally {
            api.ok(NORTH, NORTH_KEY, "StatusPreference", "delete", "{\"where\":[[\"id\",\"=\"," + hush + "]]}");
        }

        try {
            Api4Client.ok(set(SMTP));
            assertTrue(mailCheck(NORTH, NORTH_KEY).isEmpty(), "North names its SMTP server: nothing to report");
            assertTrue(mailCheck(SOUTH, SOUTH_KEY).isPresent(), "South's mail is still disabled");
            assertEquals("{\"outBound_option\":2}", backend(SOUTH, SOUTH_KEY).toString(), "North's server is not South's");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
        }
    }

    @Test
    void thePasswordIsMaskedForTheBranchAndKeptWhenTheMaskIsWrittenBack() {
        try {
            Api4Client.ok(set(SMTP));
            JsonObject seenByNorth = backend(NORTH, NORTH_KEY);
            assertEquals("********", seenByNorth.getString("smtpPassword"));
            assertEquals("smtp.north.example", seenByNorth.getString("smtpServer"), "the rest is the branch's to read");

            Api4Client.ok(set(SMTP.replace("587", "2525").replace("s3cret-north", "********")));
            JsonObject seenByHeadOffice = api.ok(HEAD, ADMIN_KEY, "Setting", "get", "{\"select\":[\"mailing_backend\"],\"domainId\":"
                    + domainId(NORTH, NORTH_KEY) + "}").getJsonArray("values").getJsonObject(0).getJsonObject("value");
            assertEquals(2525, seenByHeadOffice.getInt("smtpPort"));
            assertEquals("s3cret-north", seenByHeadOffice.getString("smtpPassword"), "the mask written back kept the password");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
        }
    }

    @Test
    void valuesThatCouldNotSendMailAreRefusedNamingWhatIsWrong() {
        assertRefused(SMTP.replace("587", "70000"), "smtpPort must be from 1 to 65535");
        assertRefused("{\"outBound_option\":3}", "outBound_option must be 0 (SMTP), 2 (Disabled) or 5");
        assertRefused("{\"outBound_option\":0}", "smtpServer is required");
        assertRefused(SMTP.replace("\"north\"", "\"\""), "smtpUsername is required when smtpAuth is on");
        assertRefused(SMTP.replace("starttls", "tls13"), "smtpTlsMode must be none, starttls or ssl");
        assertRefused("{\"outBound_option\":2,\"sendmail_path\":\"/usr/sbin/sendmail\"}", "has no member 'sendmail_path'");
        assertRefused(SMTP.replace("smtp.north.example", "smtp.example; rm -rf"), "smtpServer must be a host name");
        assertEquals("{\"outBound_option\":2}", backend(NORTH, NORTH_KEY).toString(), "nothing refused was stored");
    }

    private void assertRefused(String value, String expected) {
        HttpResponse<String> refusal = set(value);
        assertEquals(400, refused(refusal), refusal.body());
        assertTrue(message(refusal).startsWith("mailing_backend: " + expected), message(refusal));
    }

    private long domainId(String host, String key) {
        return api.ok(host, key, "Setting", "get", "{\"select\":[\"mailing_backend\"]}").getJsonArray("values").getJsonObject(0)
                .getJsonNumber("domain_id").longValue();
    }
}
