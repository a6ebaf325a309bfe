package org.multisitecrm.job;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Scheduled jobs over APIv4 on the demo server: every domain has its own, a branch's administrator runs
 * one now with {@code Job.execute} and reads its log, another branch neither sees nor runs it, staff
 * cannot run it, and a job that fails is logged as failed without touching the others.
 */
class JobApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long statusJob(String host, String key) {
        List<JsonObject> jobs = api.ok(host, key, "Job", "get", "{\"where\":[[\"api_action\",\"=\",\"process_membership\"]]}")
                .getJsonArray("values").getValuesAs(JsonObject.class);
        assertEquals(1, jobs.size(), "every domain has the membership status job: " + jobs);
        assertEquals("Daily", jobs.get(0).getString("run_frequency"));
        return jobs.get(0).getJsonNumber("id").longValue();
    }

    /**
     * North runs jobs now. The server's own scheduler may hold a job's lease for the moment it runs it
     * (once a day, in the first minute after start), so a run answered "Not run" is asked again.
     */
    private List<JsonObject> execute(String params) {
        for (int attempt = 1; ; attempt++) {
            List<JsonObject> runs = api.ok(NORTH, NORTH_KEY, "Job", "execute", params).getJsonArray("values").getValuesAs(JsonObject.class);
            if (attempt == 5 || runs.stream().noneMatch(r -> r.getString("description").startsWith("Not run"))) {
                return runs;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return runs;
            }
        }
    }

    @Test
    void eachDomainRunsAndReadsItsOwnJobs() {
        long north = statusJob(NORTH, NORTH_KEY);
        long south = statusJob(SOUTH, SOUTH_KEY);
        assertTrue(north != south);

        JsonObject ran = execute("{\"where\":[[\"id\",\"=\"," + north + "]]}").get(0);
        assertTrue(ran.getString("description").endsWith("with result: Success"), ran.toString());
        assertTrue(ran.getString("data").endsWith("memberships changed status"), ran.toString());
        JsonObject job = api.ok(NORTH, NORTH_KEY, "Job", "get", "{\"where\":[[\"id\",\"=\"," + north + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertTrue(!job.isNull("last_run") && !job.isNull("last_run_end"), job.toString());
        Set<String> logged = Api4Client.column(api.ok(NORTH, NORTH_KEY, "JobLog", "get",
                "{\"where\":[[\"job_id\",\"=\"," + north + "]]}"), "command");
        assertEquals(Set.of("Job.process_membership"), logged);

        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Job", "execute", "{\"where\":[[\"id\",\"=\"," + north + "]]}").getInt("count"),
                "South cannot run North's job");
        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "JobLog", "get", "{\"where\":[[\"job_id\",\"=\"," + north + "]]}").getInt("count"));
        assertEquals(403, refused(api.call(NORTH, "clerk-demo-key", "Job", "execute", "{\"where\":[[\"id\",\"=\"," + north + "]]}")));
        assertEquals(400, refused(api.call(NORTH, NORTH_KEY, "Job", "execute", "{}")), "execute needs a where");
    }

    @Test
    void aFailingJobIsLoggedAsFailedAndTheOthersStillRun() {
        long broken = api.firstId(NORTH, NORTH_KEY, "Job", "create", "{\"values\":{\"name\":\"Broken\",\"api_entity\":\"Job\","
                + "\"api_action\":\"no_such_job\",\"run_frequency\":\"Hourly\"}}");
        long status = statusJob(NORTH, NORTH_KEY);
        List<JsonObject> runs = execute("{\"where\":[[\"id\",\"IN\",[" + broken + "," + status + "]]]}");
        JsonObject failed = runs.stream().filter(r -> r.getJsonNumber("id").longValue() == broken).findFirst().orElseThrow();
        JsonObject other = runs.stream().filter(r -> r.getJsonNumber("id").longValue() == status).findFirst().orElseThrow();
        assertTrue(failed.getString("description").contains("with result: Failure, Error message: no job does Job.no_such_job"),
                failed.toString());
        assertTrue(other.getString("description").endsWith("Success"), "a failing job stops no other: " + other);

        HttpResponse<String> moved = api.call(NORTH, NORTH_KEY, "Job", "update",
                "{\"where\":[[\"id\",\"=\"," + broken + "]],\"values\":{\"api_action\":\"process_membership\"}}");
        assertEquals(400, refused(moved));
        assertTrue(message(moved).startsWith("api_action"), message(moved));
        HttpResponse<String> badFrequency = api.call(NORTH, NORTH_KEY, "Job", "update",
                "{\"where\":[[\"id\",\"=\"," + broken + "]],\"values\":{\"run_frequency\":\"Fortnightly\"}}");
        assertEquals(400, refused(badFrequency));
        api.ok(NORTH, NORTH_KEY, "Job", "delete", "{\"where\":[[\"id\",\"=\"," + broken + "]]}");
    }
}
