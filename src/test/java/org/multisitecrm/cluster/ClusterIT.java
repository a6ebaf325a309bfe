package org.multisitecrm.cluster;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.BulkMailing;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.MailSink;
import org.multisitecrm.testing.ServerProcess;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real servers started together as one cluster (CRM_CLUSTER, TCP/IP discovery on loopback, a
 * cluster name of this run's own) on one database, each keeping API callers between calls. A reads a {@code branch-north.properties} that B
 * does not have. The last test kills the member sending a mailing: the other finishes it, and a session
 * signed in on the dead member goes on working on the living one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final String HEAD = "localhost";
    private static final String NORTH = "north.localhost";
    private static final String ADMIN_KEY = "admin-demo-key";
    private static final String NORTH_KEY = "north-demo-key";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int RECIPIENTS = 150;

    private static String[] db;
    private static final Map<String, ServerProcess> MEMBERS = new HashMap<>();

    @BeforeAll
    static void startTwoMembersAtOnce() throws IOException {
        db = TestDatabase.urlUserPassword("it-cluster-db");
        int gridA = ServerProcess.freePort();
        int gridB = ServerProcess.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "it-cluster-" + ProcessHandle.current().pid();
        Folders.deleteTree(settingsFolder("cluster-a"));
        Folders.deleteTree(settingsFolder("cluster-b"));
        Files.writeString(Files.createDirectories(settingsFolder("cluster-a")).resolve("branch-north.properties"),
                "search_autocomplete_count = 25\n");
        Files.createDirectories(settingsFolder("cluster-b"));
        // started together on an empty database: one migrates and loads the demo, the other waits for it
        CompletableFuture<ServerProcess> a = CompletableFuture.supplyAsync(() -> launch("cluster-a", gridA, members, cluster));
        CompletableFuture<ServerProcess> b = CompletableFuture.supplyAsync(() -> launch("cluster-b", gridB, members, cluster));
        MEMBERS.put("cluster-a", a.join());
        MEMBERS.put("cluster-b", b.join());
    }

    private static Path settingsFolder(String member) {
        return BUILD.resolve("it-" + member + "-settings");
    }

    private static ServerProcess launch(String name, int gridPort, String members, String cluster) {
        Map<String, String> env = Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                "CRM_JOBS_TICK_SECONDS", "1", "CRM_JOBS_LEASE_SECONDS", "5",
                "CRM_SETTINGS_DIR", settingsFolder(name).toString(), "CRM_DATA_DIR", BUILD.resolve("it-" + name).toString());
        return ServerProcess.launchMember(name, gridPort, members, cluster, env).awaitReady(Duration.ofSeconds(240));
    }

    @AfterAll
    static void stop() {
        MEMBERS.values().forEach(ServerProcess::close);
    }

    private static Api4Client on(String member) {
        return new Api4Client(MEMBERS.get(member));
    }

    @Test
    @Order(1)
    void bothMembersJoinedOneGridAndTheDemoWasLoadedOnce() {
        JsonObject system = on("cluster-b").ok(HEAD, ADMIN_KEY, "System", "get", "{}").getJsonArray("values").getJsonObject(0);
        assertEquals(2, system.getJsonObject("cluster").getInt("members"), system.toString());
        assertEquals(List.of("cluster-a", "cluster-b"), system.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList(), system.toString());
        assertEquals(3, on("cluster-a").ok(HEAD, ADMIN_KEY, "Domain", "get", "{}").getInt("count"), "the demo's domains, once");
        assertEquals(1, on("cluster-a").ok(HEAD, ADMIN_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Nyberg\"]]}")
                .getInt("count"), "the demo's contacts, once");
        assertTrue(on("cluster-a").ok(NORTH, NORTH_KEY, "System", "get", "{}").getJsonArray("values").getJsonObject(0)
                .get("servers") == null, "a branch is not told the installation's servers");
    }

    @Test
    @Order(2)
    void aDomainAndSiteAddedOnOneMemberResolveOnTheOtherWithinASecond() throws InterruptedException {
        Api4Client a = on("cluster-a");
        long east = a.firstId(HEAD, ADMIN_KEY, "Domain", "create", "{\"values\":{\"name\":\"Branch East\",\"parent_id\":1}}");
        a.ok(HEAD, ADMIN_KEY, "Site", "create", "{\"values\":{\"domain_id\":" + east + ",\"hostname\":\"east.localhost\",\"port\":80}}");
        Instant added = Instant.now();
        ServerProcess b = MEMBERS.get("cluster-b");
        while (!b.get("east.localhost", "/api/site").body().contains("\"Branch East\"")) {
            assertTrue(Duration.between(added, Instant.now()).toMillis() < 1000, "B still served another domain for east.localhost after 1 s");
            Thread.sleep(5);
        }
        System.out.printf("Cluster: a site added on A was served by B %d ms after A answered%n",
                Duration.between(added, Instant.now()).toMillis());
    }

    @Test
    @Order(3)
    void aSettingChangedOnOneMemberIsInForceOnTheOther() {
        on("cluster-a").ok("south.localhost", "south-demo-key", "Setting", "set", "{\"values\":{\"lcMessages\":\"es_ES\"}}");
        JsonObject onB = on("cluster-b").ok("south.localhost", "south-demo-key", "Setting", "get", "{\"select\":[\"lcMessages\"]}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals("es_ES", onB.getString("value"), onB.toString());
    }

    @Test
    @Order(4)
    void whatACallerIsMadeOfChangesOnEveryMemberAtTheNextCall() throws SQLException {
        JsonObject issued = Api4Client.json(MEMBERS.get("cluster-a").send(NORTH, "POST", "/api/me/api-keys",
                Map.of("Content-Type", Api4Client.FORM, "X-Civi-Auth", "Bearer " + NORTH_KEY), "label=cluster").body());
        String key = issued.getString("api_key");
        for (int call = 0; call < 2; call++) {
            for (String member : MEMBERS.keySet()) {
                assertEquals(200, on(member).call(NORTH, key, "Contact", "get", "{\"limit\":1}").statusCode(), "kept on " + member);
            }
        }
        MEMBERS.get("cluster-a").send(NORTH, "DELETE", "/api/me/api-keys/" + issued.getJsonNumber("id").longValue(),
                Map.of("X-Civi-Auth", "Bearer " + NORTH_KEY), "");
        assertEquals(401, on("cluster-b").call(NORTH, key, "Contact", "get", "{\"limit\":1}").statusCode(), "revoked on A, refused by B");

        // an operator's SQL, which no server sees: the database's own count of changes still tells every member
        String roles = " FROM crm_user_role WHERE domain_id = 2 AND user_id = (SELECT id FROM crm_user WHERE username = 'north')";
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
            List<long[]> held = new java.util.ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT id, user_id, role_id" + roles)) {
                while (rows.next()) {
                    held.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                }
            }
            connection.createStatement().executeUpdate("DELETE" + roles);
            try {
                for (String member : MEMBERS.keySet()) {
                    assertEquals(403, on(member).call(NORTH, NORTH_KEY, "Contact", "get", "{\"limit\":1}").statusCode(),
                            "North's roles taken away by SQL, refused by " + member);
                }
            } finally {
                try (PreparedStatement restore = connection.prepareStatement(
                        "INSERT INTO crm_user_role (id, domain_id, user_id, role_id) VALUES (?, 2, ?, ?)")) {
                    for (long[] row : held) {
                        restore.setLong(1, row[0]);
                        restore.setLong(2, row[1]);
                        restore.setLong(3, row[2]);
                        restore.executeUpdate();
                    }
                }
            }
            for (String member : MEMBERS.keySet()) {
                assertEquals(200, on(member).call(NORTH, NORTH_KEY, "Contact", "get", "{\"limit\":1}").statusCode(), "and back on " + member);
            }
        }
    }

    @Test
    @Order(5)
    void membersReadingDifferentOverridesAreReported() {
        String found = checkMessage(on("cluster-b"), HEAD, ADMIN_KEY).orElseThrow(() -> new AssertionError("head office is not told"));
        assertTrue(found.contains("civicrm-settings/branch-north.properties differs between servers: cluster-a has version 1;"
                + " cluster-b has none."), found);
        assertTrue(checkMessage(on("cluster-a"), NORTH, NORTH_KEY).isPresent(), "North is told of its own file");
        assertTrue(checkMessage(on("cluster-a"), "south.localhost", "south-demo-key").isEmpty(), "South's values are the same everywhere");
    }

    private static Optional<String> checkMessage(Api4Client api, String host, String key) {
        return api.ok(host, key, "System", "check", "{}").getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("checkOverridesAgree")).map(c -> c.getString("message")).findFirst();
    }

    @Test
    @Order(6)
    void aJobDueOnBothMembersRunsOnce() throws InterruptedException {
        Api4Client a = on("cluster-a");
        String scheduled = "[[\"is_active\",\"=\",true],[\"run_frequency\",\"!=\",\"Always\"]]";
        String at = LocalDateTime.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
        a.ok(HEAD, ADMIN_KEY, "Job", "update", "{\"where\":" + scheduled + ",\"values\":{\"scheduled_run_date\":\"" + at + "\"}}");
        Instant deadline = Instant.now().plusSeconds(30);
        while (a.ok(HEAD, ADMIN_KEY, "Job", "get", "{\"where\":[[\"scheduled_run_date\",\"IS NOT NULL\"]]}").getInt("count") > 0) {
            assertTrue(Instant.now().isBefore(deadline), "the jobs did not run at their scheduled second");
            Thread.sleep(250);
        }
        Thread.sleep(3_000); // three more ticks of each member
        List<JsonObject> jobs = a.ok(HEAD, ADMIN_KEY, "Job", "get", "{\"where\":" + scheduled + "}").getJsonArray("values")
                .getValuesAs(JsonObject.class);
        assertFalse(jobs.isEmpty());
        for (JsonObject job : jobs) {
            int runs = on("cluster-b").ok(HEAD, ADMIN_KEY, "JobLog", "get", "{\"where\":[[\"job_id\",\"=\","
                    + job.getJsonNumber("id").longValue() + "],[\"run_time\",\">=\",\"" + at + "\"]]}").getInt("count");
            assertEquals(1, runs, job.getString("name") + " ran " + runs + " times on two members");
        }
    }

    @Test
    @Order(7)
    void aSessionSignedInOnOneMemberIsValidOnTheOther() {
        for (String member : MEMBERS.keySet()) {
            String cookie = signIn(member);
            String other = member.equals("cluster-a") ? "cluster-b" : "cluster-a";
            HttpResponse<String> me = MEMBERS.get(other).send(NORTH, "GET", "/api/me", Map.of("Cookie", cookie), null);
            assertEquals(200, me.statusCode(), me.body());
            assertTrue(me.body().contains("\"username\":\"north\""), me.body());
        }
    }

    @Test
    @Order(8)
    void killingTheMemberThatSendsAMailingLosesNoMessageAndNoSession() throws Exception {
        try (MailSink sink = new MailSink()) {
            Api4Client a = on("cluster-a");
            a.ok(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + sink.backend() + ",\"mailThrottleTime\":20000}}");
            BulkMailing bulk = new BulkMailing(a, NORTH, NORTH_KEY, RECIPIENTS);
            long mailing = bulk.scheduleToMany("Cluster");
            int beforeKill = sink.await(30, Duration.ofSeconds(60)).size();
            String sender = memberSendingMailings();
            String survivor = sender.equals("cluster-a") ? "cluster-b" : "cluster-a";
            String cookieOnSender = signIn(sender);
            MEMBERS.get(sender).kill();
            int atKill = sink.messages().size();
            assertTrue(atKill < RECIPIENTS, "killed mid-send, after " + atKill + " messages");

            List<MimeMessage> all = bulk.awaitComplete(on(survivor), mailing, sink, Duration.ofSeconds(120));
            long lost = BulkMailing.assertNoneTwiceAtMostOneLostPerKill(all, RECIPIENTS, 1);
            System.out.printf("Cluster: %s killed after %d messages (%d at the kill); %s sent the rest; none twice, %d lost in"
                    + " flight at the kill%n", sender, beforeKill, atKill, survivor, lost);

            HttpResponse<String> me = MEMBERS.get(survivor).send(NORTH, "GET", "/api/me", Map.of("Cookie", cookieOnSender), null);
            assertEquals(200, me.statusCode(), "the session signed in on the killed member: " + me.body());
        }
    }

    /** The member holding North's Send Scheduled Mailings lease, as the job table names it. */
    private static String memberSendingMailings() throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2]);
             PreparedStatement holder = connection.prepareStatement("SELECT lease_owner FROM civicrm_job"
                     + " WHERE api_action = 'process_mailing' AND domain_id = 2 AND lease_until > NOW()")) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet row = holder.executeQuery()) {
                    if (row.next() && row.getString(1) != null) {
                        return row.getString(1).substring(0, row.getString(1).indexOf('/'));
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("no member held the mailing job's lease");
    }

    private static String signIn(String member) {
        HttpResponse<String> login = MEMBERS.get(member).send(NORTH, "POST", "/api/login", null, "application/x-www-form-urlencoded",
                "username=north&password=north");
        assertEquals(200, login.statusCode(), login.body());
        return login.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';')))
                .reduce((x, y) -> x + "; " + y).orElseThrow();
    }
}
