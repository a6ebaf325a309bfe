package org.multisitecrm.mailing;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.MailSink;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mailing killed mid-send (SIGKILL, as a crash) and resumed by the restarted server: every recipient
 * gets exactly one message. The server ticks its scheduler every second, pauses 20 ms between messages so
 * the kill lands mid-send, and holds a job's lease for 5 s, so the restarted server takes the job over.
 */
class MailingCrashResumeIT {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final String NORTH = "north.localhost";
    private static final String KEY = "north-demo-key";
    private static final int RECIPIENTS = 150;

    @Test
    void aMailingKilledMidSendDeliversEachMessageExactlyOnceAfterRestart() {
        String[] db = TestDatabase.urlUserPassword("it-mail-crash-db");
        try (MailSink sink = new MailSink()) {
            long mailing;
            int beforeKill;
            try (ServerProcess first = launch("mail-crash-1", db)) {
                Api4Client api = new Api4Client(first);
                api.ok(NORTH, KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + sink.backend() + ",\"mailThrottleTime\":20000}}");
                mailing = mailingToManyRecipients(api);
                beforeKill = sink.await(40, Duration.ofSeconds(60)).size();
                assertTrue(beforeKill >= 40 && beforeKill < RECIPIENTS, "killed mid-send, after " + beforeKill + " messages");
                first.kill();
            }
            int atKill = sink.messages().size();
            try (ServerProcess second = launch("mail-crash-2", db)) {
                Api4Client api = new Api4Client(second);
                List<MimeMessage> all = awaitComplete(api, mailing, sink);
                Map<String, Long> perRecipient = all.stream().collect(Collectors.groupingBy(MailSink::recipient, Collectors.counting()));
                assertEquals(RECIPIENTS, perRecipient.size(), "every recipient got mail");
                assertEquals(Map.of(), perRecipient.entrySet().stream().filter(e -> e.getValue() != 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "nobody got a message twice");
                JsonObject stats = api.ok(NORTH, KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                        .getJsonArray("values").getJsonObject(0);
                assertEquals(RECIPIENTS, stats.getInt("delivered"), stats.toString());
                System.out.printf("Crash and resume: %d messages before the kill, %d at it, %d after the restart, each recipient once%n",
                        beforeKill, atKill, all.size());
            }
        }
    }

    private static ServerProcess launch(String name, String[] db) {
        return ServerProcess.launch(name, Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                "CRM_JOBS_TICK_SECONDS", "1", "CRM_JOBS_LEASE_SECONDS", "5", "CRM_DATA_DIR", BUILD.resolve("it-" + name).toString()))
                .awaitReady(Duration.ofSeconds(180));
    }

    private static long mailingToManyRecipients(Api4Client api) {
        String people = IntStream.range(0, RECIPIENTS).mapToObj(i -> "{\"contact_type\":\"Individual\",\"first_name\":\"Reader"
                + i + "\",\"last_name\":\"Crash\"}").collect(Collectors.joining(",", "[", "]"));
        List<Long> ids = Api4Client.ok(api.form(NORTH, KEY, "Contact", "save", "{\"records\":" + people + "}")).getJsonArray("values")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        Function<Integer, String> email = i -> "{\"contact_id\":" + ids.get(i) + ",\"email\":\"reader" + i
                + "@crash.example\",\"is_primary\":true,\"location_type_id\":1}";
        Api4Client.ok(api.form(NORTH, KEY, "Email", "save", "{\"records\":" + IntStream.range(0, RECIPIENTS).mapToObj(email::apply)
                .collect(Collectors.joining(",", "[", "]")) + "}"));
        long group = api.firstId(NORTH, KEY, "Group", "create", "{\"values\":{\"title\":\"Crash readers\",\"name\":\"crash_readers\"}}");
        Api4Client.ok(api.form(NORTH, KEY, "GroupContact", "save", "{\"records\":" + ids.stream().map(id -> "{\"group_id\":" + group
                + ",\"contact_id\":" + id + ",\"status\":\"Added\"}").collect(Collectors.joining(",", "[", "]")) + "}"));
        long mailing = api.firstId(NORTH, KEY, "Mailing", "create", "{\"values\":{\"name\":\"Crash\",\"subject\":\"Hello"
                + " {contact.first_name}\",\"body_text\":\"Resumable news from {domain.name}.\"}}");
        api.ok(NORTH, KEY, "MailingGroup", "create", "{\"values\":{\"mailing_id\":" + mailing + ",\"group_type\":\"Include\","
                + "\"entity_table\":\"civicrm_group\",\"entity_id\":" + group + "}}");
        api.ok(NORTH, KEY, "Mailing", "update", "{\"where\":[[\"id\",\"=\"," + mailing + "]],\"values\":{\"scheduled_date\":\""
                + LocalDateTime.now().minusSeconds(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "\"}}");
        return mailing;
    }

    private static List<MimeMessage> awaitComplete(Api4Client api, long mailing, MailSink sink) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            String status = api.ok(NORTH, KEY, "Mailing", "get", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}").getJsonArray("values")
                    .getJsonObject(0).getString("status");
            if (status.equals("Complete")) {
                return sink.await(RECIPIENTS, Duration.ofSeconds(5));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the mailing did not complete after the restart; " + sink.messages().size() + " messages arrived");
    }
}
