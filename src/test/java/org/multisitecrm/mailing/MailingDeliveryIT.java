package org.multisitecrm.mailing;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.MailSink;
import org.multisitecrm.testing.MailingFixture;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Mailings on the demo server through two real SMTP servers, one per branch: each branch sends to its own
 * recipients through its own server, from its own address, with its own tokens; exclusions, opt-outs and
 * do-not-email are honoured and a contact the branch cannot see is never a recipient; the unsubscribe and
 * opt-out links work on the sending domain's host only, and a forged one does not; a domain whose mail is
 * disabled is refused with what to configure.
 */
class MailingDeliveryIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);
    private final MailingFixture fixture = new MailingFixture(server);
    private MailSink northMail;
    private MailSink southMail;

    @BeforeEach
    void twoMailServers() {
        northMail = new MailSink();
        southMail = new MailSink();
        backend(NORTH, NORTH_KEY, northMail.backend());
        backend(SOUTH, SOUTH_KEY, southMail.backend());
    }

    @AfterEach
    void cleanUp() {
        api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
        api.ok(SOUTH, SOUTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
        fixture.cleanUp(HEAD, ADMIN_KEY);
        northMail.close();
        southMail.close();
    }

    @Test
    void eachBranchSendsToItsOwnRecipientsThroughItsOwnServerWithItsOwnTokens() {
        long ada = person(NORTH, NORTH_KEY, "Ada", "ada", "");
        long optedOut = person(NORTH, NORTH_KEY, "Otto", "otto", ",\"is_opt_out\":true");
        long doNotEmail = person(NORTH, NORTH_KEY, "Dora", "dora", ",\"do_not_email\":true");
        long excluded = person(NORTH, NORTH_KEY, "Ezra", "ezra", "");
        long shared = person(NORTH, NORTH_KEY, "Shay", "shay", "");
        person(SOUTH, SOUTH_KEY, "Sven", "sven", "");
        long sue = person(SOUTH, SOUTH_KEY, "Sue", "sue", "");
        api.ok(HEAD, ADMIN_KEY, "GroupContact", "create", "{\"values\":{\"group_id\":" + domainGroup("Branch South") + ",\"contact_id\":"
                + shared + ",\"status\":\"Added\"}}");

        long northList = group(NORTH, NORTH_KEY, "North news", ada, optedOut, doNotEmail, excluded);
        long northSmart = fixture.smartGroup(NORTH, NORTH_KEY, "North smart", "Shay", "Sven", "Sue");
        long northExcluded = group(NORTH, NORTH_KEY, "North excluded", excluded);
        long southList = group(SOUTH, SOUTH_KEY, "South news", sue, shared);

        long northMailing = mailing(NORTH, NORTH_KEY, northList, northExcluded);
        fixture.include(NORTH, NORTH_KEY, northMailing, "Include", northSmart);
        long southMailing = mailing(SOUTH, SOUTH_KEY, southList, null);
        fixture.schedule(NORTH, NORTH_KEY, northMailing);
        fixture.schedule(SOUTH, SOUTH_KEY, southMailing);
        fixture.send(NORTH, NORTH_KEY);
        fixture.send(SOUTH, SOUTH_KEY);

        List<MimeMessage> north = northMail.await(2, Duration.ofSeconds(10));
        List<MimeMessage> south = southMail.await(2, Duration.ofSeconds(10));
        assertEquals(Set.of(address("ada"), address("shay")), recipients(north),
                "North mails its own: not the opted out, the do-not-email, the excluded, nor the South contacts its smart group"
                        + " would match but it cannot see");
        assertEquals(Set.of(address("sue"), address("shay")), recipients(south));
        assertEquals(2, north.size(), "one message each");
        MimeMessage toAda = to(north, "ada");
        assertEquals("Hello Ada from Branch North", subject(toAda));
        assertTrue(from(toAda).contains("north@branches.example"), from(toAda));
        assertEquals("Hello Shay from Branch South", subject(to(south, "shay")), "the shared contact gets each branch's mail with its tokens");
        assertTrue(from(to(south, "shay")).contains("south@branches.example"));

        JsonObject stats = api.ok(NORTH, NORTH_KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + northMailing + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(2, stats.getInt("recipients"));
        assertEquals(2, stats.getInt("delivered"));
        assertEquals(0, stats.getInt("failed"));
        assertEquals("Complete", api.ok(NORTH, NORTH_KEY, "Mailing", "get", "{\"where\":[[\"id\",\"=\"," + northMailing + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("status"));
        for (String entity : List.of("Mailing", "MailingRecipients", "MailingEventQueue", "MailingJob")) {
            String field = entity.equals("Mailing") ? "id" : "mailing_id";
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, entity, "get", "{\"where\":[[\"" + field + "\",\"=\"," + northMailing + "]]}")
                    .getInt("count"), "South sees nothing of North's mailing in " + entity);
        }
    }

    @Test
    void theLinksWorkOnTheSendingDomainsHostOnlyAndAForgedOneDoesNot() {
        long ada = person(NORTH, NORTH_KEY, "Ada", "ada", "");
        long bea = person(NORTH, NORTH_KEY, "Bea", "bea", "");
        long list = group(NORTH, NORTH_KEY, "North links", ada, bea);
        long mailing = mailing(NORTH, NORTH_KEY, list, null);
        fixture.schedule(NORTH, NORTH_KEY, mailing);
        fixture.send(NORTH, NORTH_KEY);
        List<MimeMessage> sent = northMail.await(2, Duration.ofSeconds(10));

        Map<String, Matcher> adaLinks = links(to(sent, "ada"));
        String unsubscribe = adaLinks.get("unsubscribe").group(1);
        assertEquals(200, server.get(NORTH, unsubscribe).statusCode(), "the confirmation page");
        assertEquals(404, server.get(SOUTH, unsubscribe).statusCode(), "South's host does not know North's message");
        assertEquals(404, server.get(NORTH, unsubscribe.replaceFirst("h=[0-9a-f]+", "h=" + "0".repeat(32))).statusCode(), "a forged hash");
        HttpResponse<String> done = fixture.follow(NORTH, adaLinks.get("unsubscribe"));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("You are unsubscribed"), done.body());
        assertEquals("Removed", api.ok(NORTH, NORTH_KEY, "GroupContact", "get", "{\"where\":[[\"group_id\",\"=\"," + list + "],"
                + "[\"contact_id\",\"=\"," + ada + "]]}").getJsonArray("values").getJsonObject(0).getString("status"));

        HttpResponse<String> optedOut = fixture.follow(NORTH, links(to(sent, "bea")).get("optout"));
        assertEquals(200, optedOut.statusCode(), optedOut.body());
        assertTrue(api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"select\":[\"is_opt_out\"],\"where\":[[\"id\",\"=\"," + bea + "]]}")
                .getJsonArray("values").getJsonObject(0).getBoolean("is_opt_out"));
        JsonObject stats = api.ok(NORTH, NORTH_KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(1, stats.getInt("unsubscribed"));
        assertEquals(1, stats.getInt("opted_out"));
    }

    @Test
    void aTestSendGoesNowAndADomainWithoutMailIsToldWhatToConfigure() {
        long ada = person(NORTH, NORTH_KEY, "Ada", "ada", "");
        long list = group(NORTH, NORTH_KEY, "North test", ada);
        long mailing = mailing(NORTH, NORTH_KEY, list, null);
        JsonObject test = api.ok(NORTH, NORTH_KEY, "Mailing", "send_test", "{\"where\":[[\"id\",\"=\"," + mailing + "]],"
                + "\"test_email\":\"" + address("ada") + "\"}").getJsonArray("values").getJsonObject(0);
        assertEquals("sent", test.getJsonObject("test_email").getString(address("ada")), test.toString());
        assertEquals("Hello Ada from Branch North", subject(northMail.await(1, Duration.ofSeconds(10)).get(0)));
        HttpResponse<String> stranger = api.call(NORTH, NORTH_KEY, "Mailing", "send_test", "{\"where\":[[\"id\",\"=\"," + mailing + "]],"
                + "\"test_email\":\"sara@example.org\"}");
        assertEquals(400, refused(stranger), "South's contact is no address North may test with");
        assertTrue(message(stranger).startsWith("test_email: no contact you can see"), message(stranger));

        api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
        HttpResponse<String> refusedSchedule = api.call(NORTH, NORTH_KEY, "Mailing", "update", "{\"where\":[[\"id\",\"=\"," + mailing
                + "]],\"values\":{\"scheduled_date\":\"" + now() + "\"}}");
        assertEquals(400, refused(refusedSchedule));
        assertTrue(message(refusedSchedule).contains("set its mailing_backend setting"), message(refusedSchedule));
        assertEquals("Draft", api.ok(NORTH, NORTH_KEY, "Mailing", "get", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("status"), "nothing half-scheduled");
    }

    @Test
    void badMailingsAreRefusedNamingTheField() {
        long list = group(NORTH, NORTH_KEY, "North bad");
        HttpResponse<String> foreignFrom = api.call(NORTH, NORTH_KEY, "Mailing", "create", "{\"values\":{\"name\":\"x\","
                + "\"from_email\":\"south@branches.example\"}}");
        assertEquals(400, refused(foreignFrom));
        assertTrue(message(foreignFrom).startsWith("from_email: 'south@branches.example' is not one of this domain's"), message(foreignFrom));
        long mailing = api.firstId(NORTH, NORTH_KEY, "Mailing", "create", "{\"values\":{\"name\":\"bad " + fixture.run() + "\"}}");
        assertEquals("north@branches.example", api.ok(NORTH, NORTH_KEY, "Mailing", "get", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("from_email"), "the domain's default from address");
        long southGroup = group(SOUTH, SOUTH_KEY, "South private");
        HttpResponse<String> foreignGroup = api.call(NORTH, NORTH_KEY, "MailingGroup", "create", "{\"values\":{\"mailing_id\":" + mailing
                + ",\"group_type\":\"Include\",\"entity_table\":\"civicrm_group\",\"entity_id\":" + southGroup + "}}");
        assertEquals(400, refused(foreignGroup));
        assertTrue(message(foreignGroup).startsWith("entity_id: no group you can see"), message(foreignGroup));
        HttpResponse<String> base = api.call(NORTH, NORTH_KEY, "MailingGroup", "create", "{\"values\":{\"mailing_id\":" + mailing
                + ",\"group_type\":\"Base\",\"entity_table\":\"civicrm_group\",\"entity_id\":" + list + "}}");
        assertEquals(400, refused(base));
        HttpResponse<String> noGroups = api.call(NORTH, NORTH_KEY, "Mailing", "update", "{\"where\":[[\"id\",\"=\"," + mailing
                + "]],\"values\":{\"subject\":\"s\",\"body_text\":\"b\",\"scheduled_date\":\"" + now() + "\"}}");
        assertEquals(400, refused(noGroups));
        assertTrue(message(noGroups).startsWith("scheduled_date: mailing " + mailing + " has no recipients"), message(noGroups));
        api.ok(NORTH, NORTH_KEY, "Mailing", "delete", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}");
    }

    private void backend(String host, String key, String value) {
        api.ok(host, key, "Setting", "set", "{\"values\":{\"mailing_backend\":" + value + "}}");
    }

    private String address(String local) {
        return fixture.address(local);
    }

    private long person(String host, String key, String first, String local, String extra) {
        return fixture.person(host, key, first, local, extra);
    }

    private long group(String host, String key, String title, long... members) {
        return fixture.group(host, key, title, members);
    }

    private long domainGroup(String title) {
        return api.firstId(HEAD, ADMIN_KEY, "Group", "get", "{\"where\":[[\"title\",\"=\",\"" + title + "\"]]}");
    }

    private long mailing(String host, String key, long include, Long exclude) {
        return fixture.mailing(host, key, include, exclude);
    }

    private static String now() {
        return MailingFixture.now();
    }

    private Map<String, Matcher> links(MimeMessage message) {
        Map<String, Matcher> found = MailingFixture.links(message);
        assertEquals(Set.of("unsubscribe", "optout"), found.keySet(), MailSink.text(message));
        return found;
    }

    private MimeMessage to(List<MimeMessage> messages, String local) {
        return fixture.to(messages, local);
    }

    private static Set<String> recipients(List<MimeMessage> messages) {
        return messages.stream().map(MailSink::recipient).collect(Collectors.toSet());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String from(MimeMessage message) {
        try {
            return message.getFrom()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
