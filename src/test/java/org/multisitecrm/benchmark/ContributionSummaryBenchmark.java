package org.multisitecrm.benchmark;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.NorthContacts;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The contribution summary a branch asks for (count and total by financial type, CiviCRM's contribution
 * summary report) over APIv4, with a million contributions of a million contacts hard-added to Branch
 * North: North's branch manager (every row through the visibility index) and head office (every row).
 * Also an order placed and paid at that size, the everyday write. Prints the median and 95th percentile
 * over {@code RUNS} runs after warm-up; asserts nothing about time. Run with
 * {@code mvn -B verify -Pbenchmark -Dit.test=ContributionSummaryBenchmark} ({@code -Dbenchmark.contacts=} to change the size).
 */
class ContributionSummaryBenchmark {

    private static final int CONTACTS = Integer.getInteger("benchmark.contacts", 1_000_000);
    private static final int WARM_UP = 2;
    private static final int RUNS = 9;
    private static final String SUMMARY = "{\"select\":[\"financial_type_id\",\"COUNT(id) AS n\",\"SUM(total_amount) AS total\"],"
            + "\"groupBy\":[\"financial_type_id\"],\"orderBy\":{\"financial_type_id\":\"ASC\"}}";

    @Test
    void aBranchsContributionSummaryAtAMillionContributions() throws Exception {
        String[] db = TestDatabase.urlUserPassword("benchmark-contribution-db");
        Path data = Path.of(System.getProperty("crm.build.directory", "target"), "benchmark-contribution-data");
        Folders.deleteTree(data);
        try (ServerProcess server = ServerProcess.launch("contribution-benchmark", Map.of("DB_URL", db[0], "DB_USER", db[1],
                "DB_PASSWORD", db[2], "CRM_DEMO", "true", "CRM_DATA_DIR", data.toString()))) {
            server.awaitReady(Duration.ofSeconds(240));
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
                NorthContacts.loadBench(connection, CONTACTS);
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("INSERT INTO civicrm_contribution (contact_id, financial_type_id, total_amount, net_amount, currency,"
                            + " receive_date, contribution_status_id, source) SELECT id, 1 + id % 4, 5 + id % 95, 5 + id % 95, 'USD',"
                            + " NOW() - INTERVAL (id % 1000) DAY, 1, 'benchmark' FROM civicrm_contact WHERE first_name LIKE 'Bench%'");
                    s.execute("ANALYZE TABLE civicrm_contribution");
                }
            }
            System.out.printf(Locale.ROOT, "%nLoaded %,d contacts hard-added to Branch North, each with a contribution, in %.1f s%n",
                    CONTACTS, (System.nanoTime() - start) / 1e9);
            Thread.sleep(65_000); // ViewerBreadthJob measures once a minute which viewers are wide: let it see the load

            Api4Client api = new Api4Client(server);
            System.out.println("what (" + String.format(Locale.ROOT, "%,d", CONTACTS) + " contributions)                 | median ms | p95 ms");
            measure("North: count and total by financial type", () -> api.ok("north.localhost", "north-demo-key", "Contribution", "get", SUMMARY));
            measure("Head office: count and total by financial type", () -> api.ok("localhost", "admin-demo-key", "Contribution", "get", SUMMARY));
            JsonObject north = api.ok("north.localhost", "north-demo-key", "Contribution", "get", SUMMARY);
            System.out.println("North's summary: " + north.getJsonArray("values"));
            long contact = api.firstId("north.localhost", "north-demo-key", "Contact", "get",
                    "{\"select\":[\"id\"],\"where\":[[\"first_name\",\"=\",\"Bench17\"]]}");
            long type = api.firstId("north.localhost", "north-demo-key", "MembershipType", "get", "{\"select\":[\"id\"]}");
            measure("North: Order.create (one membership) + Payment.create", () -> {
                long order = api.firstId("north.localhost", "north-demo-key", "Order", "create", "{\"contributionValues\":{\"contact_id\":"
                        + contact + ",\"financial_type_id\":2},\"lineItems\":[{\"entity_table\":\"civicrm_membership\","
                        + "\"entity_id.membership_type_id\":" + type + "}]}");
                api.ok("north.localhost", "north-demo-key", "Payment", "create", "{\"values\":{\"contribution_id\":" + order
                        + ",\"total_amount\":25}}");
            });
        }
    }

    private static void measure(String what, Runnable call) {
        Figures.print(what, call, WARM_UP, RUNS);
    }
}
