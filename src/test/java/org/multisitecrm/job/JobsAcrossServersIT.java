package org.multisitecrm.job;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real servers on one database, each ticking its scheduler every second: every due job runs once,
 * per domain and overall, not once per server; and the jobs on shared data run on head office only.
 */
class JobsAcrossServersIT {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final Map<String, String> KEYS = Map.of("localhost", "admin-demo-key",
            "north.localhost", "north-demo-key", "south.localhost", "south-demo-key");

    /** The active jobs that run on a schedule: an 'Always' job (Send Scheduled Mailings) runs at every tick by design. */
    private static final String SCHEDULED = "[[\"is_active\",\"=\",true],[\"run_frequency\",\"!=\",\"Always\"]]";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static ServerProcess first;
    private static ServerProcess second;

    @BeforeAll
    static void startTwoServersOnOneDatabase() {
        String[] db = TestDatabase.urlUserPassword("it-two-servers-db");
        first = launch("jobs-a", db);
        second = launch("jobs-b", db);
    }

    private static ServerProcess launch(String name, String[] db) {
        return ServerProcess.launch(name, Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                "CRM_JOBS_TICK_SECONDS", "1", "CRM_DATA_DIR", BUILD.resolve("it-" + name).toString()))
                .awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void eachDueJobRunsOnceHoweverManyServersTick() throws InterruptedException {
        Api4Client onFirst = new Api4Client(first);
        Api4Client onSecond = new Api4Client(second);
        awaitNoneDue(onFirst, "last_run");
        assertRunsSince(onSecond, "2000-01-01 00:00:00", "at the first ticks");

        // every job of every domain is set to run at the same second, at which both servers tick
        String at = LocalDateTime.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME);
        for (String host : KEYS.keySet()) {
            Api4Client via = host.startsWith("north") ? onSecond : onFirst;
            via.ok(host, KEYS.get(host), "Job", "update", "{\"where\":" + SCHEDULED + ","
                    + "\"values\":{\"scheduled_run_date\":\"" + at + "\"}}");
        }
        awaitNoneDue(onFirst, "scheduled_run_date");
        Thread.sleep(3_000); // three more ticks of each server, at which nothing is due
        assertRunsSince(onFirst, at, "at the scheduled second");

        assertTrue(commands(onFirst, "north.localhost").stream().noneMatch(c -> c.equals("Job.disable_expired_relationships")
                || c.equals("Job.cleanup_access_audit")), "a branch gets no job on shared data");
        assertTrue(commands(onFirst, "localhost").containsAll(List.of("Job.disable_expired_relationships",
                "Job.cleanup_access_audit", "Job.process_membership")), "head office holds the shared-data jobs");
    }

    /** Every scheduled job of every domain has exactly one log row since {@code since}. */
    private static void assertRunsSince(Api4Client api, String since, String when) {
        for (String host : KEYS.keySet()) {
            for (JsonObject job : api.ok(host, KEYS.get(host), "Job", "get", "{\"where\":" + SCHEDULED + "}")
                    .getJsonArray("values").getValuesAs(JsonObject.class)) {
                long id = job.getJsonNumber("id").longValue();
                int runs = api.ok(host, KEYS.get(host), "JobLog", "get", "{\"where\":[[\"job_id\",\"=\"," + id + "],"
                        + "[\"run_time\",\">=\",\"" + since + "\"]]}").getInt("count");
                assertEquals(1, runs, host + "'s job " + job.getString("name") + " ran " + runs + " times " + when
                        + " across two servers");
            }
        }
    }

    @Test
    void aBranchCannotRunAJobOnSharedData() {
        Api4Client api = new Api4Client(first);
        long copy = api.firstId("north.localhost", "north-demo-key", "Job", "create", "{\"values\":{\"name\":\"Purge the audit\","
                + "\"api_entity\":\"Job\",\"api_action\":\"cleanup_access_audit\",\"run_frequency\":\"Yearly\",\"is_active\":false}}");
        JsonObject run = api.ok("north.localhost", "north-demo-key", "Job", "execute", "{\"where\":[[\"id\",\"=\"," + copy + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertTrue(run.getString("description").contains("runs on head office's domain only"), run.toString());
        api.ok("north.localhost", "north-demo-key", "Job", "delete", "{\"where\":[[\"id\",\"=\"," + copy + "]]}");
    }

    private static List<String> commands(Api4Client api, String host) {
        return api.ok(host, KEYS.get(host), "Job", "get", "{}").getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .map(j -> j.getString("api_entity") + "." + j.getString("api_action")).toList();
    }

    /** Waits until no active job of any domain has the field still empty (never run) or set (run not yet due). */
    private static void awaitNoneDue(Api4Client api, String field) throws InterruptedException {
        String operator = field.equals("last_run") ? "IS NULL" : "IS NOT NULL";
        for (int attempt = 0; attempt < 60; attempt++) {
            long waiting = 0;
            for (String host : KEYS.keySet()) {
                waiting += api.ok(host, KEYS.get(host), "Job", "get", "{\"where\":[[\"is_active\",\"=\",true],[\"" + field
                        + "\",\"" + operator + "\"]]}").getInt("count");
            }
            if (waiting == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("jobs with " + field + " " + operator + " were still waiting after 30 s");
    }
}
