package org.multisitecrm.benchmark;

import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.ServerProcess;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One member, then two, of a cluster on one database, under the same load generator: 16 connections
 * reading one contact by id over APIv4 for {@code MEASURE} seconds after a warm-up, spread evenly over
 * the members; then how long a site added on one member takes to be served by the other, over
 * {@code CHANGES} changes. Prints the figures; asserts nothing about time. Run with
 * {@code mvn -B verify -Pbenchmark -Dit.test=ClusterBenchmark}.
 */
class ClusterBenchmark {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final int CONNECTIONS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(30);
    private static final int CHANGES = 20;
    private static final String NORTH = "north.localhost";
    private static final String KEY = "north-demo-key";

    @Test
    void readsWithOneMemberAndWithTwoAndTheTimeForAChangeToReachTheOther() throws Exception {
        String[] db = TestDatabase.urlUserPassword("benchmark-cluster-db");
        int gridA = ServerProcess.freePort();
        int gridB = ServerProcess.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "benchmark-cluster-" + ProcessHandle.current().pid();
        try (ServerProcess a = launch("bench-cluster-a", db, gridA, members, cluster)) {
            long contact = new Api4Client(a).firstId(NORTH, KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Nyberg\"]]}");
            String path = "/civicrm/ajax/api4/Contact/get?params=" + Api4Client.encode("{\"where\":[[\"id\",\"=\"," + contact + "]]}");
            Load one = load(List.of(a), path);
            try (ServerProcess b = launch("bench-cluster-b", db, gridB, members, cluster)) {
                Load two = load(List.of(a, b), path);
                System.out.printf("Cluster reads by id, %d connections, %d s: one member %.0f requests/s (%d errors);"
                        + " two members %.0f requests/s (%d errors)%n", CONNECTIONS, MEASURE.toSeconds(),
                        one.perSecond(), one.errors(), two.perSecond(), two.errors());
                propagation(a, b);
            }
        }
    }

    private record Load(long requests, long errors, Duration took) {
        double perSecond() {
            return requests * 1000.0 / took.toMillis();
        }
    }

    /** Every connection asks in turn, without pause; connection i goes to member i modulo their number. */
    private static Load load(List<ServerProcess> servers, String path) throws Exception {
        run(servers, path, WARM_UP);
        return run(servers, path, MEASURE);
    }

    private static Load run(List<ServerProcess> servers, String path, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> counts = new ArrayList<>();
        Instant started = Instant.now();
        for (int i = 0; i < CONNECTIONS; i++) {
            ServerProcess server = servers.get(i % servers.size());
            counts.add(pool.submit(() -> {
                long ok = 0;
                long failed = 0;
                while (!stop.get()) {
                    try {
                        HttpResponse<String> answer = server.send(NORTH, "GET", path, KEY);
                        if (answer.statusCode() == 200) {
                            ok++;
                        } else {
                            failed++;
                        }
                    } catch (IllegalStateException e) {
                        failed++;
                    }
                }
                return new long[] {ok, failed};
            }));
        }
        Thread.sleep(length.toMillis());
        stop.set(true);
        long ok = 0;
        long failed = 0;
        for (Future<long[]> count : counts) {
            ok += count.get()[0];
            failed += count.get()[1];
        }
        Duration took = Duration.between(started, Instant.now());
        pool.shutdown();
        return new Load(ok, failed, took);
    }

    /** A site added through A, then B asked every millisecond until it serves the site's domain. */
    private static void propagation(ServerProcess a, ServerProcess b) throws InterruptedException {
        Api4Client api = new Api4Client(a);
        long domain = api.firstId("localhost", "admin-demo-key", "Domain", "create", "{\"values\":{\"name\":\"Bench\",\"parent_id\":1}}");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            String host = "bench" + i + ".localhost";
            api.ok("localhost", "admin-demo-key", "Site", "create", "{\"values\":{\"domain_id\":" + domain + ",\"hostname\":\""
                    + host + "\",\"port\":80}}");
            Instant added = Instant.now();
            while (!b.get(host, "/api/site").body().contains("\"Bench\"")) {
                Thread.sleep(1);
            }
            millis.add(Duration.between(added, Instant.now()).toMillis());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("Cluster: a site added on A served by B after %d ms (median of %d), %d ms at most%n",
                sorted.get(sorted.size() / 2), CHANGES, sorted.get(sorted.size() - 1));
    }

    private static ServerProcess launch(String name, String[] db, int gridPort, String members, String cluster) {
        return ServerProcess.launchMember(name, gridPort, members, cluster, Map.of("DB_URL", db[0], "DB_USER", db[1],
                "DB_PASSWORD", db[2], "CRM_DEMO", "true", "CRM_DATA_DIR", BUILD.resolve(name).toString())).awaitReady(Duration.ofSeconds(240));
    }
}
