package org.multisitecrm.benchmark;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.NorthContacts;
import org.multisitecrm.testing.ServerProcess;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An APIv4 {@code Contact.get} with {@code limit: 0} over a million contacts, streamed: the demo
 * server runs in a 256 MB heap against its own MariaDB, a million contacts are hard-added to Branch
 * North's domain group, and head office ('view all contacts') and North ('view all contacts in
 * domain', through the visibility index) each read them all over HTTP. It prints rows, bytes, time to
 * the first byte, rows per second and the server's heap (the most used while streaming, sampled by
 * {@code jstat}; and what is left in the old generation after a full GC), which is what shows the
 * memory is bounded: the response is many times the heap. Run with {@code mvn -B verify -Pbenchmark};
 * it asserts nothing about time.
 */
class Api4StreamBenchmark {

    private static final int CONTACTS = Integer.getInteger("benchmark.contacts", 1_000_000);
    private static final String HEAP = "256m";

    @Test
    void aMillionContactsStreamedInASmallHeap() throws Exception {
        String[] db = TestDatabase.urlUserPassword("benchmark-stream-db");
        Path data = Path.of(System.getProperty("crm.build.directory", "target"), "benchmark-stream-data");
        Folders.deleteTree(data);
        try (ServerProcess server = ServerProcess.launch("stream-benchmark", Map.of("DB_URL", db[0], "DB_USER", db[1],
                "DB_PASSWORD", db[2], "CRM_DEMO", "true", "CRM_DATA_DIR", data.toString()), HEAP)) {
            server.awaitReady(Duration.ofSeconds(240));
            try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
                long start = System.nanoTime();
                NorthContacts.loadBench(connection, CONTACTS);
                System.out.printf(Locale.ROOT, "%nLoaded %,d contacts hard-added to Branch North in %.1f s (server heap -Xmx%s)%n",
                        CONTACTS, (System.nanoTime() - start) / 1e9, HEAP);
            }
            // the server measures once a minute which viewers are wide (ViewerBreadthJob): let it see the load
            Thread.sleep(65_000);
            System.out.println("caller                        | rows      | MB    | first byte | total    | rows/s    | heap max used | old gen after GC");
            stream(server, "localhost", "admin-demo-key", "head office (view all)");
            stream(server, "north.localhost", "north-demo-key", "North (view all in domain)");
        }
    }

    private static void stream(ServerProcess server, String host, String key, String label) throws Exception {
        String params = "{\"select\":[\"id\",\"display_name\",\"sort_name\",\"contact_type\"],\"limit\":0}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/civicrm/ajax/api4/Contact/get?params=" + URLEncoder.encode(params, StandardCharsets.UTF_8)))
                .header("Host", host + ":" + server.port()).header("X-Civi-Auth", "Bearer " + key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(20)).build();
        HeapSampler heap = new HeapSampler(server.pid());
        heap.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newBuilder().build().send(request, HttpResponse.BodyHandlers.ofInputStream());
        double firstByte = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(label + ": HTTP " + response.statusCode() + " " + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        AtomicLong bytes = new AtomicLong();
        long rows = 0;
        try (InputStream counted = new CountingStream(response.body(), bytes); JsonParser parser = Json.createParser(counted)) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth == 3) {
                            rows++;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> { }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        System.out.printf(Locale.ROOT, "%-29s | %,9d | %5.1f | %7.0f ms | %6.1f s | %,9.0f | %9.0f MB  | %9.0f MB%n", label, rows,
                bytes.get() / 1e6, firstByte, seconds, rows / seconds, heap.maxUsedMb(), oldGenAfterFullGc(server.pid()));
    }

    /** The old generation's occupancy once a full GC has run: what the server still holds. */
    private static double oldGenAfterFullGc(long pid) throws IOException, InterruptedException {
        run(tool("jcmd"), Long.toString(pid), "GC.run");
        String[] lines = run(tool("jstat"), "-gc", Long.toString(pid)).trim().split("\n");
        return column(lines, "OU") / 1024;
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static double column(String[] jstatLines, String name) {
        String[] header = jstatLines[0].trim().split("\\s+");
        String[] values = jstatLines[jstatLines.length - 1].trim().split("\\s+");
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return Double.parseDouble(values[i]);
            }
        }
        throw new IllegalStateException("jstat has no column " + name);
    }

    /** {@code jstat -gc <pid> 200}: the largest heap in use (survivors, eden, old) while it runs. */
    private static final class HeapSampler {
        private final long pid;
        private Process process;
        private Thread reader;
        private volatile double maxKb;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void start() throws IOException {
            process = new ProcessBuilder(tool("jstat"), "-gc", Long.toString(pid), "200").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String header = lines.readLine();
                    String line;
                    while (header != null && (line = lines.readLine()) != null) {
                        String[] pair = {header, line};
                        double used = column(pair, "S0U") + column(pair, "S1U") + column(pair, "EU") + column(pair, "OU");
                        maxKb = Math.max(maxKb, used);
                    }
                } catch (IOException | RuntimeException e) {
                    // the sampler ends with the stream; a broken line only loses one sample
                }
            });
            reader.start();
        }

        void stop() throws InterruptedException {
            process.destroy();
            reader.join(5000);
        }

        double maxUsedMb() {
            return maxKb / 1024;
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
