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
import org.multisitecrm.testing.RefusingSmtpServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
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
    void clicksAndOpensAreCountedOnTheSendingDomainsHostAndTheWebViewShowsTheMailing() {
        long ada = person(NORTH, NORTH_KEY, "Ada", "ada", "");
        long list = group(NORTH, NORTH_KEY, "North tracked", ada);
        long mailing = api.firstId(NORTH, NORTH_KEY, "Mailing", "create", "{\"values\":{\"name\":\"Tracked " + fixture.run() + "\","
                + "\"subject\":\"Tracked news\",\"url_tracking\":true,\"open_tracking\":true,"
                + "\"body_html\":\"<p>Read <a href=\\\"https://news.example/autumn?a=1&amp;b=2\\\">the news</a>"
                + " or <a href=\\\"{mailing.viewUrl}\\\">view it online</a>.</p>\","
                + "\"body_text\":\"Read https://news.example/autumn?a=1&b=2 . Leave: {action.unsubscribeUrl}\"}}");
        fixture.include(NORTH, NORTH_KEY, mailing, "Include", list);
        fixture.schedule(NORTH, NORTH_KEY, mailing);
        fixture.send(NORTH, NORTH_KEY);
        MimeMessage sent = northMail.await(1, Duration.ofSeconds(10)).get(0);

        List<String> tracking = MailingFixture.tracking(sent);
        String click = tracking.stream().filter(t -> t.startsWith("/civicrm/mailing/url")).findFirst().orElseThrow(() -> new AssertionError(tracking));
        String open = tracking.stream().filter(t -> t.startsWith("/civicrm/mailing/open")).findFirst().orElseThrow();
        assertTrue(MailSink.text(sent).contains("/civicrm/mailing/url?u="), "the text body's link is tracked too");
        assertTrue(MailSink.text(sent).contains("/civicrm/mailing/unsubscribe?"), "the unsubscribe link is never tracked");

        HttpResponse<String> followed = server.get(NORTH, click);
        assertEquals(302, followed.statusCode());
        assertEquals("https://news.example/autumn?a=1&b=2", followed.headers().firstValue("Location").orElse(""));
        assertEquals(404, server.get(SOUTH, click).statusCode(), "South's host knows no North link");
        assertEquals(302, server.get(NORTH, click.replaceFirst("h=[0-9a-f]+", "h=forged")).statusCode(), "a mangled link still leads on");
        assertEquals(200, server.get(NORTH, open).statusCode());
        server.get(NORTH, open);
        JsonObject stats = api.ok(NORTH, NORTH_KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(1, stats.getInt("clicked"), "one recipient clicked; the forged click counts nothing");
        assertEquals(1, stats.getInt("opened"), "one recipient opened, twice");

        String view = java.util.regex.Pattern.compile("http://[^/\"]+(/civicrm/mailing/view\\?[^\"]+)").matcher(MailSink.html(sent))
                .results().map(r -> r.group(1).replace("&amp;", "&")).findFirst().orElseThrow(() -> new AssertionError(MailSink.html(sent)));
        HttpResponse<String> page = server.get(NORTH, view);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tracked news") && page.body().contains("sandbox"), page.body());
        assertEquals(404, server.get(SOUTH, view).statusCode());
        assertEquals(404, server.get(NORTH, view.replaceFirst("h=[0-9a-f]+", "h=0000")).statusCode());
    }

    @Test
    void aDomainThatAsksForApprovalSendsOnlyWhatIsApproved() {
        api.ok(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"civimail_workflow\":true}}");
        try {
            long ada = person(NORTH, NORTH_KEY, "Ada", "ada", "");
            long list = group(NORTH, NORTH_KEY, "North approval", ada);
            long approved = mailing(NORTH, NORTH_KEY, list, null);
            long rejected = mailing(NORTH, NORTH_KEY, list, null);
            fixture.schedule(NORTH, NORTH_KEY, approved);
            fixture.schedule(NORTH, NORTH_KEY, rejected);
            assertEquals("None", api.ok(NORTH, NORTH_KEY, "Mailing", "get", "{\"select\":[\"approval_status_id:name\"],"
                    + "\"where\":[[\"id\",\"=\"," + approved + "]]}").getJsonArray("values").getJsonObject(0).getString("approval_status_id:name"));
            fixture.send(NORTH, NORTH_KEY);
            assertEquals(0, northMail.messages().size(), "nothing goes out before it is approved");

            api.ok(NORTH, NORTH_KEY, "Mailing", "approve", "{\"where\":[[\"id\",\"=\"," + approved + "]],\"approval_status\":\"Approved\","
                    + "\"approval_note\":\"Fine by me\"}");
            JsonObject no = api.ok(NORTH, NORTH_KEY, "Mailing", "approve", "{\"where\":[[\"id\",\"=\"," + rejected + "]],"
                    + "\"approval_status\":\"Rejected\"}").getJsonArray("values").getJsonObject(0);
            assertEquals("Canceled", no.getString("status"));
            HttpResponse<String> again = api.call(NORTH, NORTH_KEY, "Mailing", "approve", "{\"where\":[[\"id\",\"=\"," + approved + "]],"
                    + "\"approval_status\":\"Approved\"}");
            assertEquals(409, refused(again), "decided once");
            fixture.send(NORTH, NORTH_KEY);
            assertEquals(1, northMail.await(1, Duration.ofSeconds(10)).size(), "the approved mailing alone went out");
            JsonObject decided = api.ok(NORTH, NORTH_KEY, "Mailing", "get", "{\"select\":[\"approval_status_id:name\",\"approval_note\","
                    + "\"approver_id\"],\"where\":[[\"id\",\"=\"," + approved + "]]}").getJsonArray("values").getJsonObject(0);
            assertEquals("Approved", decided.getString("approval_status_id:name"));
            assertEquals("Fine by me", decided.getString("approval_note"));
        } finally {
            api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"civimail_workflow\"]}");
        }
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
        person(SOUTH, SOUTH_KEY, "Sven", "sven", "");
        HttpResponse<String> stranger = api.call(NORTH, NORTH_KEY, "Mailing", "send_test", "{\"where\":[[\"id\",\"=\"," + mailing + "]],"
                + "\"test_email\":\"" + address("sven") + "\"}");
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
    void aServerThatSaysTryLaterIsTriedAgainLaterAndTheMessageWaits() {
        long ada = person(NORTH, NORTH_KEY, "Ada", "ada", "");
        long list = group(NORTH, NORTH_KEY, "North busy", ada);
        long mailing = mailing(NORTH, NORTH_KEY, list, null);
        try (RefusingSmtpServer busy = new RefusingSmtpServer(false)) {
            backend(NORTH, NORTH_KEY, busy.backend());
            fixture.schedule(NORTH, NORTH_KEY, mailing);
            fixture.send(NORTH, NORTH_KEY);
        }
        JsonObject queued = api.ok(NORTH, NORTH_KEY, "MailingEventQueue", "get", "{\"where\":[[\"mailing_id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("Pending", queued.getString("delivery_status"), queued.toString());
        assertEquals(1, queued.getInt("attempts"));
        assertTrue(queued.getString("last_error").contains("451"), queued.toString());
        assertTrue(LocalDateTime.parse(queued.getString("next_attempt_date").replace(' ', 'T')).isAfter(LocalDateTime.now()),
                "tried again after a while, not at once: " + queued);
        JsonObject stats = api.ok(NORTH, NORTH_KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(1, stats.getInt("pending"));
        assertEquals(0, stats.getInt("failed"));
        assertEquals("Running", api.ok(NORTH, NORTH_KEY, "Mailing", "get", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                .getJsonArray("values").getJsonObject(0).getString("status"), "not complete while a message waits");
        api.ok(NORTH, NORTH_KEY, "Mailing", "cancel", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}");
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
