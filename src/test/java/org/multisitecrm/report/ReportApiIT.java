package org.multisitecrm.report;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Report instances as CiviCRM keeps them, per domain: every domain has the reserved instances; a run
 * counts only what the runner sees; a grouped report answers chart data; the CSV export is every row;
 * an instance's permission is required; a saved report that could not run is refused when saved.
 */
class ReportApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final Set<String> TEMPLATES = Set.of("contact/summary", "contact/groups", "member/summary", "member/detail",
            "contribute/summary", "contribute/detail");

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long instance(String host, String key, String name) {
        return api.firstId(host, key, "ReportInstance", "get", "{\"where\":[[\"name\",\"=\",\"" + name + "\"]]}");
    }

    private JsonObject run(String host, String key, long id, String more) {
        return api.ok(host, key, "ReportInstance", "run", "{\"where\":[[\"id\",\"=\"," + id + "]]" + more + "}")
                .getJsonArray("values").getJsonObject(0);
    }

    @Test
    void everyDomainHasTheReservedReportsAndEachCountsOnlyWhatItsRunnerSees() {
        assertEquals(TEMPLATES, Api4Client.column(api.ok(NORTH, NORTH_KEY, "ReportInstance", "get", "{\"where\":[[\"is_reserved\",\"=\",true]]}"),
                "name"));
        assertEquals(TEMPLATES, Api4Client.column(api.ok(SOUTH, SOUTH_KEY, "ReportInstance", "get", "{\"where\":[[\"is_reserved\",\"=\",true]]}"),
                "name"));
        long northSummary = instance(NORTH, NORTH_KEY, "member/summary");
        assertTrue(instance(SOUTH, SOUTH_KEY, "member/summary") != northSummary, "each domain has its own");

        JsonObject summary = run(NORTH, NORTH_KEY, northSummary, "");
        int members = summary.getJsonArray("rows").stream().mapToInt(r -> r.asJsonObject().getInt("members")).sum();
        assertEquals(api.ok(NORTH, NORTH_KEY, "Membership", "get", "{\"select\":[\"row_count\"]}").getInt("count"), members,
                "North's totals count North's memberships");
        assertEquals(summary.getJsonArray("rows").size(), summary.getJsonObject("chart").getJsonArray("labels").size());
        assertEquals("members", summary.getJsonObject("chart").getJsonArray("series").getJsonObject(0).getString("label"));

        long contacts = instance(NORTH, NORTH_KEY, "contact/summary");
        JsonObject page = run(NORTH, NORTH_KEY, contacts, ",\"limit\":2");
        assertEquals(2, page.getJsonArray("rows").size());
        HttpResponse<String> csv = server.send(NORTH, "GET", "/civicrm/report/instance/" + contacts + "?output=csv", NORTH_KEY, null, null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,sort_name,contact_type,external_identifier,created_date", lines[0]);
        assertEquals(api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"select\":[\"row_count\"]}").getInt("count"), lines.length - 1,
                "every contact North sees, and only those");
        assertTrue(csv.body().contains("Nyberg, Ned"));
        assertTrue(!csv.body().contains("Southey"), "not South's own contacts");

        assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "ReportInstance", "run", "{\"where\":[[\"id\",\"=\"," + contacts + "]]}").getInt("count"),
                "North's report does not exist for South");
        assertEquals(404, server.send(SOUTH, "GET", "/civicrm/report/instance/" + contacts + "?output=csv", SOUTH_KEY, null, null)
                .statusCode());
    }

    @Test
    void aSavedReportIsCheckedWhenSavedAndItsPermissionWhenRun() {
        HttpResponse<String> bad = api.call(NORTH, NORTH_KEY, "ReportInstance", "create", "{\"values\":{\"title\":\"Broken\","
                + "\"report_id\":\"contribute/detail\",\"form_values\":{\"fields\":[\"nope\"]}}}");
        assertEquals(400, refused(bad));
        assertEquals("form_values: select: 'nope' is not a field of Contribution", message(bad));
        HttpResponse<String> noTemplate = api.call(NORTH, NORTH_KEY, "ReportInstance", "create", "{\"values\":{\"title\":\"x\","
                + "\"report_id\":\"grant/summary\"}}");
        assertEquals(400, refused(noTemplate));
        assertTrue(message(noTemplate).startsWith("report_id: 'grant/summary' is not a report template here"), message(noTemplate));

        long mine = api.firstId(NORTH, NORTH_KEY, "ReportInstance", "create", "{\"values\":{\"title\":\"Individuals named N\","
                + "\"name\":\"north_n\",\"report_id\":\"contact/summary\",\"form_values\":{\"fields\":[\"sort_name\"],"
                + "\"filters\":[[\"contact_type\",\"=\",\"Individual\"],[\"last_name\",\"LIKE\",\"N%\"]],\"order_bys\":{\"sort_name\":\"DESC\"}}}}");
        try {
            JsonObject named = run(NORTH, NORTH_KEY, mine, "");
            assertTrue(named.getJsonArray("rows").stream().allMatch(r -> r.asJsonObject().getString("sort_name").startsWith("N")),
                    named.toString());
            api.ok(NORTH, NORTH_KEY, "ReportInstance", "update", "{\"where\":[[\"id\",\"=\"," + mine + "]],"
                    + "\"values\":{\"permission\":\"administer Multiple Organizations\"}}");
            assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "ReportInstance", "run", "{\"where\":[[\"id\",\"=\"," + mine + "]]}")),
                    "the instance's own permission is required to run it");
            assertEquals(403, server.send(NORTH, "GET", "/civicrm/report/instance/" + mine + "?output=csv", NORTH_KEY, null, null).statusCode());
            assertEquals(403, refused(api.call(NORTH, "clerk-demo-key", "ReportInstance", "create", "{\"values\":{\"title\":\"x\","
                    + "\"report_id\":\"contact/summary\"}}")), "reports are saved by the domain's administrators");
        } finally {
            api.ok(NORTH, NORTH_KEY, "ReportInstance", "delete", "{\"where\":[[\"id\",\"=\"," + mine + "]]}");
        }
    }
}
