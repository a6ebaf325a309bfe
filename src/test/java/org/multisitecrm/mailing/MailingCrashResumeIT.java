package org.multisitecrm.mailing;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.BulkMailing;
import org.multisitecrm.testing.MailSink;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mailing killed mid-send (SIGKILL, as a crash) and resumed by the restarted server: nobody gets a
 * message twice, and every recipient gets one but, at most, the one whose final dot the kill stopped. The server ticks its scheduler every second, pauses 20 ms between messages so
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
            BulkMailing bulk;
            try (ServerProcess first = launch("mail-crash-1", db)) {
                Api4Client api = new Api4Client(first);
                api.ok(NORTH, KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + sink.backend() + ",\"mailThrottleTime\":20000}}");
                bulk = new BulkMailing(api, NORTH, KEY, RECIPIENTS);
                mailing = bulk.scheduleToMany("Crash");
                beforeKill = sink.await(40, Duration.ofSeconds(60)).size();
                assertTrue(beforeKill >= 40 && beforeKill < RECIPIENTS, "killed mid-send, after " + beforeKill + " messages");
                first.kill();
            }
            int atKill = sink.messages().size();
            try (ServerProcess second = launch("mail-crash-2", db)) {
                Api4Client api = new Api4Client(second);
                List<MimeMessage> all = bulk.awaitComplete(api, mailing, sink, Duration.ofSeconds(120));
                long lost = BulkMailing.assertNoneTwiceAtMostOneLostPerKill(all, RECIPIENTS, 1);
                JsonObject stats = api.ok(NORTH, KEY, "Mailing", "stats", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}")
                        .getJsonArray("values").getJsonObject(0);
                assertEquals(RECIPIENTS, stats.getInt("delivered"), stats.toString());
                System.out.printf("Crash and resume: %d messages before the kill, %d at it, %d after the restart; none twice,"
                        + " %d lost in flight at the kill%n", beforeKill, atKill, all.size(), lost);
            }
        }
    }

    private static ServerProcess launch(String name, String[] db) {
        return ServerProcess.launch(name, Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                "CRM_JOBS_TICK_SECONDS", "1", "CRM_JOBS_LEASE_SECONDS", "5", "CRM_DATA_DIR", BUILD.resolve("it-" + name).toString()))
                .awaitReady(Duration.ofSeconds(180));
    }
}
