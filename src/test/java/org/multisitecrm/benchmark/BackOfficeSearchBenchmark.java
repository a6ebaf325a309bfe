package org.multisitecrm.benchmark;

import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.NorthContacts;
import org.multisitecrm.testing.ServerProcess;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Find Contacts in the back office against the same question over APIv4, with a million contacts
 * hard-added to Branch North: North's branch manager ('view all contacts in domain', through the
 * visibility index) asks for the first page of 25 by name with the total, and for a name search. The
 * page is one Faces render holding the lazy table's count and rows; the API is the two calls a client
 * makes for the same (rows, then row_count). Prints the median and 95th percentile of each over
 * {@code RUNS} runs after warm-up (a name search, which reads every visible contact, over three), or the
 * refusal a run met; asserts nothing about time. Run with
 * {@code mvn -B verify -Pbenchmark -Dit.test=BackOfficeSearchBenchmark} ({@code -Dbenchmark.contacts=} to change the size).
 */
class BackOfficeSearchBenchmark {

    private static final int CONTACTS = Integer.getInteger("benchmark.contacts", 1_000_000);
    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int SEARCH_RUNS = 3;
    private static final String SELECT = "\"select\":[\"id\",\"sort_name\",\"display_name\",\"contact_type\",\"modified_date\"]";

    @Test
    void theFirstPageAndANameSearchInThePageAndOverTheApi() throws Exception {
        String[] db = TestDatabase.urlUserPassword("benchmark-backoffice-db");
        Path data = Path.of(System.getProperty("crm.build.directory", "target"), "benchmark-backoffice-data");
        Folders.deleteTree(data);
        try (ServerProcess server = ServerProcess.launch("backoffice-benchmark", Map.of("DB_URL", db[0], "DB_USER", db[1],
                "DB_PASSWORD", db[2], "CRM_DEMO", "true", "CRM_DATA_DIR", data.toString()))) {
            server.awaitReady(Duration.ofSeconds(240));
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
                NorthContacts.loadBench(connection, CONTACTS);
            }
            System.out.printf(Locale.ROOT, "%nLoaded %,d contacts hard-added to Branch North in %.1f s%n", CONTACTS,
                    (System.nanoTime() - start) / 1e9);
            Thread.sleep(65_000); // ViewerBreadthJob measures once a minute which viewers are wide: let it see the load

            HttpResponse<String> login = server.send("north.localhost", "POST", "/api/login",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=north&password=north");
            String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> b).orElseThrow();
            String needle = "Bench" + (CONTACTS / 2 + 17);

            System.out.println("what (North, " + String.format(Locale.ROOT, "%,d", CONTACTS) + " contacts)              | median ms | p95 ms");
            report("page: Find Contacts, first 25 by name + total", () -> page(server, cookie, "/contact/search.xhtml", "1–25 of"));
            report("API: Contact.get 25 by sort_name + row_count", () -> {
                api(server, "{" + SELECT + ",\"orderBy\":{\"sort_name\":\"ASC\"},\"limit\":25}");
                api(server, "{\"select\":[\"row_count\"]}");
                return null;
            });
            search("page: name contains " + needle, () -> page(server, cookie, "/contact/search.xhtml?q=" + needle, "1–1 of 1"));
            search("API: sort_name/display_name CONTAINS + row_count", () -> {
                String where = "\"where\":[[\"OR\",[[\"sort_name\",\"CONTAINS\",\"" + needle + "\"],[\"display_name\",\"CONTAINS\",\"" + needle + "\"]]]]";
                api(server, "{" + SELECT + "," + where + ",\"orderBy\":{\"sort_name\":\"ASC\"},\"limit\":25}");
                api(server, "{\"select\":[\"row_count\"]," + where + "}");
                return null;
            });

            // CiviCRM's lever for large databases: names matched from their start only
            HttpResponse<String> off = server.send("north.localhost", "POST", "/civicrm/ajax/api4/Setting/set", "north-demo-key",
                    "application/x-www-form-urlencoded", "params=" + URLEncoder.encode("{\"values\":{\"includeWildCardInName\":false}}",
                            StandardCharsets.UTF_8));
            if (off.statusCode() != 200) {
                throw new IllegalStateException(off.body());
            }
            String prefix = "L" + String.format(Locale.ROOT, "%07d", CONTACTS / 2 + 17);
            search("page: name starts " + prefix + " (no wildcard)", () -> page(server, cookie, "/contact/search.xhtml?q=" + prefix, "1–1 of 1"));
        }
    }

    private static Void page(ServerProcess server, String cookie, String path, String expected) {
        HttpResponse<String> page = server.send("north.localhost", "GET", path, Map.of("Cookie", cookie), null);
        if (page.statusCode() != 200 || !page.body().contains(expected)) {
            throw new IllegalStateException(path + ": " + page.statusCode() + " " + page.body().replaceAll("<[^>]*>", " ")
                    .replaceAll("\\s+", " ").trim());
        }
        return null;
    }

    private static void api(ServerProcess server, String params) {
        HttpResponse<String> answer = server.send("north.localhost", "POST", "/civicrm/ajax/api4/Contact/get", "north-demo-key",
                "application/x-www-form-urlencoded", "params=" + URLEncoder.encode(params, StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        }
    }

    private static void report(String what, Supplier<Void> call) {
        measure(what, call, WARM_UP, RUNS);
    }

    /** A name search reads every visible contact (LIKE '%x%'): a few runs, and a refusal printed as the figure it is. */
    private static void search(String what, Supplier<Void> call) {
        try {
            measure(what, call, 1, SEARCH_RUNS);
        } catch (IllegalStateException refused) {
            System.out.printf(Locale.ROOT, "%-52s | refused: %s%n", what, refused.getMessage());
        }
    }

    private static void measure(String what, Supplier<Void> call, int warmUp, int runs) {
        Figures.print(what, call::get, warmUp, runs);
    }
}
