package org.multisitecrm.benchmark;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.ServerProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What knowing the caller costs an API call: the demo server started twice, with the caller cache off
 * ({@code CRM_CALLER_CACHE_SECONDS=0}) and on (the default, 60 s), each asked 3,000 times in a row, over real
 * HTTP with North's API key, for one contact by id; prints the median and 90th percentile of each. Run with
 * {@code mvn -B verify -Pbenchmark -Dit.test=CallerCacheBenchmark}; it asserts nothing about time.
 */
class CallerCacheBenchmark {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final int CALLS = 3_000;

    @Test
    void aCallByIdWithAndWithoutTheCallerKept() {
        for (String seconds : new String[] {"0", "60"}) {
            Path data = BUILD.resolve("benchmark-caller-" + seconds);
            Folders.deleteTree(data);
            try (ServerProcess server = ServerProcess.launch("caller-cache-" + seconds, Map.of("CRM_DATA_DIR", data.toString(),
                    "CRM_CALLER_CACHE_SECONDS", seconds, "CRM_JOBS_ENABLED", "false"))) {
                server.awaitReady(Duration.ofSeconds(180));
                Api4Client api = new Api4Client(server);
                long id = api.firstId("north.localhost", "north-demo-key", "Contact", "get", "{\"select\":[\"id\"],\"limit\":1}");
                String byId = "{\"select\":[\"display_name\"],\"where\":[[\"id\",\"=\"," + id + "]]}";
                for (int i = 0; i < 500; i++) {
                    api.call("north.localhost", "north-demo-key", "Contact", "get", byId);
                }
                long[] micros = new long[CALLS];
                for (int i = 0; i < CALLS; i++) {
                    long start = System.nanoTime();
                    api.call("north.localhost", "north-demo-key", "Contact", "get", byId);
                    micros[i] = (System.nanoTime() - start) / 1_000;
                }
                Arrays.sort(micros);
                System.out.printf(Locale.ROOT, "Contact by id over HTTP, caller cache %s: median %.2f ms, p90 %.2f ms (%,d calls)%n",
                        seconds.equals("0") ? "off" : "on (" + seconds + " s)", micros[CALLS / 2] / 1000.0, micros[CALLS * 9 / 10] / 1000.0, CALLS);
            }
        }
    }
}
