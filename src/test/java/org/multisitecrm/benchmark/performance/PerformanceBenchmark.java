package org.multisitecrm.benchmark.performance;

import org.junit.jupiter.api.Test;
import org.multisitecrm.benchmark.performance.EverydayCalls.Subjects;
import org.multisitecrm.benchmark.performance.SizeFigures.CallFigures;
import org.multisitecrm.benchmark.performance.SizeFigures.Throughput;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.security.visibility.ViewerBreadth;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.ServerProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import static org.multisitecrm.testing.Api4Client.FORM;
import static org.multisitecrm.testing.Api4Client.encode;

/**
 * The performance harness, one command: {@code mvn -B verify -Pbenchmark -Dit.test=PerformanceBenchmark}
 * ({@code -Dperformance.sizes=100000,1000000,10000000} for other sizes, {@code -Dperformance.seconds=}
 * for the load generator's time). For each size: a fresh MariaDB, the real jar started on it with the
 * demo and the ceiling war beside it, {@link PerformanceData}, then the jar restarted on the loaded data
 * (start to ready), each of {@link EverydayCalls} through the API and through the ceiling (medians over
 * up to {@value #RUNS} runs after up to {@value #WARM_UP_MOST} unrecorded ones), by-id throughput at 16 connections with wrk, and
 * the memory of both processes. Writes {@code docs/performance.md} and {@code docs/performance.png};
 * asserts nothing about time.
 */
class PerformanceBenchmark {

    /** Unrecorded runs of each call first: at least this many, then more while the time lasts (up to the most). */
    private static final int WARM_UP = 3;
    private static final int WARM_UP_MOST = 1_000;
    private static final Duration WARM_UP_TIME = Duration.ofSeconds(4);
    /** Recorded runs: at least this many, then more while the budget lasts (up to the most). */
    private static final int MIN_RUNS = 5;
    private static final int RUNS = 200;
    private static final Duration CALL_BUDGET = Duration.ofSeconds(20);
    private static final int CONNECTIONS = 16;
    /**
     * Throughput is measured once the JIT has settled: unrecorded rounds of this many seconds at the same
     * load until one leaves the compilers' time ({@link JitClock}) within {@link #SETTLED_COMPILE_SECONDS}
     * of where it was, for at most {@link #WARM_UP_MOST_SECONDS} (or {@link #WARM_UP_BLIND_SECONDS} when
     * jstat cannot be read). On the demo the API climbs from 440 to 1,600 requests/s over the first four
     * rounds (a minute), in each of which C2 spends about 15 s of CPU.
     */
    static final int WARM_UP_ROUND_SECONDS = 15;
    /** Recorded rounds of throughput per side, after the warm-up; the median is the figure. */
    static final int MEASURED_ROUNDS = 3;
    private static final double SETTLED_COMPILE_SECONDS = 2.0;
    private static final int WARM_UP_MOST_SECONDS = 300;
    private static final int WARM_UP_BLIND_SECONDS = 120;
    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    private static final Path DOCS = Path.of(System.getProperty("performance.docs", "docs"));

    private static final String OWN_CONTACT = "SELECT m.contact_id FROM civicrm_uf_match m JOIN crm_user u ON u.id = m.uf_id"
            + " WHERE u.username = '%s' AND m.domain_id = %d";

    private int run;

    @Test
    void everydayCallsBesideTheCeilingAtEachSize() throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("performance.sizes", "100000,1000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        int seconds = Integer.getInteger("performance.seconds", 15);
        Path work = BUILD.resolve("performance");
        Folders.deleteTree(work);
        Path war = CeilingWar.build(work, CeilingSql.statements());
        boolean wrk = Wrk.available();
        List<SizeFigures> figures = new ArrayList<>();
        for (int size : sizes) {
            figures.add(measure(size, war, work, wrk, seconds));
            PerformanceReport.write(figures, DOCS.resolve("performance.md"), DOCS.resolve("performance.png"), seconds, SETTLED_COMPILE_SECONDS,
                    CONNECTIONS);
        }
    }

    private SizeFigures measure(int size, Path war, Path work, boolean wrk, int seconds) throws Exception {
        String name = "perf-" + size;
        String[] db = TestDatabase.urlUserPassword(name + "-db");
        Path data = work.resolve(name + "-data");
        Map<String, String> env = Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "CRM_DEMO", "true",
                "CRM_DATA_DIR", data.toString());
        double loadSeconds;
        try (ServerProcess server = ServerProcess.launch(name, env, "1g", CeilingWar.jvmOption(war))) {
            server.awaitReady(Duration.ofSeconds(300));
            long start = System.nanoTime();
            List<Long> locals = PerformanceData.domains(new Api4Client(server));
            try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
                PerformanceData.contacts(connection, size, locals);
            }
            loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%n%,d contacts over %d domains loaded in %.1f s%n", size, locals.size() + 10, loadSeconds);
        }
        long started = System.nanoTime();
        try (ServerProcess server = ServerProcess.launch(name + "-measured", env, "1g", CeilingWar.jvmOption(war))) {
            server.awaitReady(Duration.ofSeconds(300));
            double startSeconds = (System.nanoTime() - started) / 1e9;
            Subjects subjects;
            long northSees;
            try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
                northSees = single(connection, "SELECT SUM(contacts - trashed) FROM crm_contact_visibility_count WHERE viewer_domain_id = 2");
                subjects = new Subjects(single(connection, OWN_CONTACT.formatted("north", 2)),
                        single(connection, OWN_CONTACT.formatted("admin", 1)),
                        single(connection, "SELECT REPLACE(REPLACE(value, '\"', ''), ' ', '') FROM civicrm_setting WHERE domain_id = 2 AND name = 'domain_group_id'"),
                        single(connection, "SELECT MIN(id) FROM civicrm_contact WHERE first_name = 'Perf1'"),
                        northSees >= ViewerBreadth.WIDE_FROM);
            }
            // ViewerBreadthJob measures a minute after start which viewers are wide: the rows' plans depend on it
            Thread.sleep(65_000);
            List<CallFigures> calls = new ArrayList<>();
            System.out.printf(Locale.ROOT, "%-45s | API median | p95 | ceiling median | ratio%n", "call at " + size);
            try (TimedHttp apiSide = new TimedHttp(server.port()); TimedHttp ceilingSide = new TimedHttp(server.port())) {
                for (MeasuredCall call : EverydayCalls.all(subjects)) {
                    CallFigures measured = measure(apiSide, ceilingSide, call);
                    calls.add(measured);
                    System.out.printf(Locale.ROOT, "%-45s | %8.1f | %8.1f | %8.1f | %5.2f %s%n", call.label(), measured.apiMedian(),
                            measured.apiP95(), measured.ceilingMedian(), measured.ratio(), measured.failure() == null ? "" : measured.failure());
                }
            }
            Optional<Throughput> apiRate = Optional.empty();
            Optional<Throughput> ceilingRate = Optional.empty();
            if (wrk) {
                MeasuredCall byId = EverydayCalls.all(subjects).get(0);
                List<String[]> apiRequests = new ArrayList<>();
                List<String[]> ceilingRequests = new ArrayList<>();
                for (int n = 0; n < 1000; n++) {
                    String body = "params=" + encode(byId.params().apply(n));
                    apiRequests.add(new String[] {"/civicrm/ajax/api4/Contact/get", body});
                    ceilingRequests.add(new String[] {ceilingPath(byId, n), body});
                }
                List<String> apiHeaders = List.of("Content-Type: " + FORM, "X-Civi-Auth: Bearer north-demo-key");
                List<String> ceilingHeaders = List.of("Content-Type: " + FORM);
                // each side warmed at its own load first: whichever went first would otherwise pay the compiler's CPU for both
                int apiWarmUp = warmUp(work, name + "-api-warm", server, "north.localhost", apiHeaders, apiRequests);
                int ceilingWarmUp = warmUp(work, name + "-ceiling-warm", server, "localhost", ceilingHeaders, ceilingRequests);
                // recorded rounds taken in turns, each side's median kept: one round alone moved by 15% from the next
                List<Throughput> apiRounds = new ArrayList<>();
                List<Throughput> ceilingRounds = new ArrayList<>();
                for (int round = 1; round <= MEASURED_ROUNDS; round++) {
                    Wrk.post(work, name + "-api-" + round, server.port(), "north.localhost", apiHeaders, apiRequests, CONNECTIONS, seconds)
                            .ifPresent(apiRounds::add);
                    Wrk.post(work, name + "-ceiling-" + round, server.port(), "localhost", ceilingHeaders, ceilingRequests, CONNECTIONS, seconds)
                            .ifPresent(ceilingRounds::add);
                }
                apiRate = Throughput.median(apiRounds).map(t -> t.afterWarmUp(apiWarmUp));
                ceilingRate = Throughput.median(ceilingRounds).map(t -> t.afterWarmUp(ceilingWarmUp));
            }
            long javaRss = rssMb(server.pid());
            long databaseRss = databasePid(name + "-db").map(PerformanceBenchmark::rssMb).orElse(-1L);
            return new SizeFigures(size, northSees, loadSeconds, startSeconds, javaRss, databaseRss, calls, apiRate, ceilingRate);
        }
    }

    /** Unrecorded rounds of the load until the JIT has settled (see {@link #WARM_UP_ROUND_SECONDS}); answers the seconds spent. */
    private static int warmUp(Path work, String name, ServerProcess server, String host, List<String> headers, List<String[]> requests)
            throws IOException, InterruptedException {
        int spent = 0;
        OptionalDouble before = JitClock.compileSeconds(server.pid());
        while (spent < (before.isPresent() ? WARM_UP_MOST_SECONDS : WARM_UP_BLIND_SECONDS)) {
            Wrk.post(work, name, server.port(), host, headers, requests, CONNECTIONS, WARM_UP_ROUND_SECONDS);
            spent += WARM_UP_ROUND_SECONDS;
            OptionalDouble after = JitClock.compileSeconds(server.pid());
            if (before.isPresent() && after.isPresent()) {
                System.out.printf(Locale.ROOT, "%s: the JIT compiled for %.1f s in the last %d s%n", name,
                        after.getAsDouble() - before.getAsDouble(), WARM_UP_ROUND_SECONDS);
                if (after.getAsDouble() - before.getAsDouble() < SETTLED_COMPILE_SECONDS) {
                    break;
                }
            }
            before = after;
        }
        return spent;
    }

    private CallFigures measure(TimedHttp apiSide, TimedHttp ceilingSide, MeasuredCall call) {
        List<Double> apiTimes = new ArrayList<>();
        List<Double> ceilingTimes = new ArrayList<>();
        // the server freshly started has compiled little of a call's path (C2 wants thousands of calls):
        // timed at once, both sides are measured mostly interpreted, which is not how a server runs
        String failure = timeRuns(apiSide, ceilingSide, call, WARM_UP, WARM_UP_MOST, WARM_UP_TIME, new ArrayList<>(), new ArrayList<>());
        String measuredFailure = timeRuns(apiSide, ceilingSide, call, MIN_RUNS, RUNS, CALL_BUDGET, apiTimes, ceilingTimes);
        return new CallFigures(call.name(), call.label(), median(apiTimes), percentile(apiTimes, 0.95), median(ceilingTimes),
                apiTimes.size(), failure != null ? failure : measuredFailure);
    }

    /** Runs the call through both sides, at least {@code least} and at most {@code most} times, more only while {@code time} lasts. */
    private String timeRuns(TimedHttp apiSide, TimedHttp ceilingSide, MeasuredCall call, int least, int most, Duration time,
                            List<Double> apiTimes, List<Double> ceilingTimes) {
        String failure = null;
        long deadline = System.nanoTime() + time.toNanos();
        for (int i = 0; i < most && (i < least || System.nanoTime() < deadline); i++) {
            int n = run++;
            // the second to read a run's rows finds them in the buffer pool (at a million, the first often
            // does not): each side goes first in every other run
            double ceilingMs = 0;
            if (n % 2 == 1) {
                ceilingMs = ceilingCall(ceilingSide, call, n);
            }
            long start = System.nanoTime();
            TimedHttp.Answer answer = apiSide.post(call.host(), "/civicrm/ajax/api4/Contact/" + call.action(),
                    Map.of("Content-Type", FORM, "X-Civi-Auth", "Bearer " + call.key()), "params=" + encode(call.params().apply(n)));
            double apiMs = (System.nanoTime() - start) / 1e6;
            if (answer.status() != 200 && failure == null) {
                failure = answer.status() + " " + answer.body();
            }
            if (n % 2 == 0) {
                ceilingMs = ceilingCall(ceilingSide, call, n);
            }
            apiTimes.add(apiMs);
            ceilingTimes.add(ceilingMs);
        }
        return failure;
    }

    /** One call through the ceiling; milliseconds. */
    private static double ceilingCall(TimedHttp ceilingSide, MeasuredCall call, int n) {
        long start = System.nanoTime();
        TimedHttp.Answer ceiling = ceilingSide.post("localhost", ceilingPath(call, n), Map.of("Content-Type", FORM),
                "params=" + encode(call.params().apply(n)));
        double ceilingMs = (System.nanoTime() - start) / 1e6;
        if (ceiling.status() != 200) {
            throw new IllegalStateException("ceiling " + call.name() + ": " + ceiling.status() + " " + ceiling.body());
        }
        return ceilingMs;
    }

    private static String ceilingPath(MeasuredCall call, int n) {
        return "/ceiling/" + call.name() + "?" + call.ceilingValues().apply(n).stream().map(v -> "p=" + encode(String.valueOf(v)))
                .collect(Collectors.joining("&"));
    }

    private static double median(List<Double> times) {
        return percentile(times, 0.5);
    }

    private static double percentile(List<Double> times, double p) {
        List<Double> sorted = times.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return rs.getLong(1);
        }
    }

    private static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException gone) {
            // the process ended
        }
        return -1;
    }

    /** The mariadbd serving the named test database (its data folder is in its command line). */
    private static Optional<Long> databasePid(String name) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(name)).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }
}
