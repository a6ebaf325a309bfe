package org.multisitecrm.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code java ... -jar target/multisite-crm.jar} as an operator runs it (the README's command), on a free port, its output kept
 * in {@code target/it-logs/}. Stopping sends SIGTERM, as Ctrl-C does.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Path BUILD = Path.of(System.getProperty("crm.build.directory", "target"));
    // HTTP/1.1 only: after an h2c upgrade the client sends :authority and drops the Host header
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with these environment variables (CRM_PORT is chosen here). */
    public static ServerProcess launch(String name, Map<String, String> env) {
        return launch(name, env, "768m");
    }

    /** As {@link #launch(String, Map)}, with this maximum heap (the streaming benchmark runs in a small one). */
    public static ServerProcess launch(String name, Map<String, String> env, String maxHeap) {
        return launch(name, env, maxHeap, List.of());
    }

    /** As {@link #launch(String, Map, String)}, with these options for the JVM before {@code -jar}. */
    public static ServerProcess launch(String name, Map<String, String> env, String maxHeap, List<String> jvmOptions) {
        try {
            int port = freePort();
            Path logs = Files.createDirectories(BUILD.resolve("it-logs"));
            Path log = logs.resolve(name + "-" + port + ".log");
            // the README's command: the build's class-data archive and the parallel collector
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:SharedArchiveFile=" + BUILD.resolve("multisite-crm.jsa"), "-XX:+UseParallelGC", "-Xmx" + maxHeap));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", BUILD.resolve("multisite-crm.jar").toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("CRM_") || k.startsWith("DB_"));
            builder.environment().putAll(env);
            builder.environment().put("CRM_PORT", Integer.toString(port));
            return new ServerProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the server: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a member of a cluster on loopback: CRM_CLUSTER with the given members and name, this member's
     * grid on {@code gridPort}, named {@code name}; {@code env} adds the rest (the database, above all).
     */
    public static ServerProcess launchMember(String name, int gridPort, String members, String cluster, Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(Map.of("CRM_CLUSTER", "true", "CRM_CLUSTER_MEMBERS", members, "CRM_CLUSTER_PORT", Integer.toString(gridPort),
                "CRM_CLUSTER_NAME", cluster, "CRM_INSTANCE_NAME", name));
        return launch(name, all);
    }

    /** Waits until /health/ready answers 200; fails with the log's tail if the process ends first. */
    public ServerProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (get("localhost", "/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while Payara boots
            }
            sleep(300);
        }
        throw new IllegalStateException("The server was not ready within " + timeout + ":\n" + tail());
    }

    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public HttpResponse<String> get(String host, String path) {
        return send(host, "GET", path);
    }

    /** A request without a body, addressed to {@code host} (sent to 127.0.0.1 with that Host header). */
    public HttpResponse<String> send(String host, String method, String path) {
        return send(host, method, path, null);
    }

    /** The same, with CiviCRM's API key header when {@code apiKey} is given. */
    public HttpResponse<String> send(String host, String method, String path, String apiKey) {
        return send(host, method, path, apiKey, null, null);
    }

    /** The same with a body of the given content type (a form, say); {@code body} may be empty. */
    public HttpResponse<String> send(String host, String method, String path, String apiKey, String contentType, String body) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (apiKey != null) {
            headers.put("X-Civi-Auth", "Bearer " + apiKey);
        }
        return send(host, method, path, headers, body);
    }

    /** A GET addressed to {@code host} whose answer is bytes (an image), kept as sent. */
    public HttpResponse<byte[]> getBytes(String host, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + host + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with exactly these headers besides Host (a browser's Cookie and Origin, say). */
    public HttpResponse<String> send(String host, String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + host + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address a browser uses: {@code *.localhost} names resolve to loopback in Chromium. */
    public String browserUrl(String host) {
        return "http://" + host + ":" + port + "/";
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private String tail() {
        String out = output();
        return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
    }

    /** SIGTERM, then the exit code (the server's shutdown hook stops Payara and MariaDB first). */
    public int stop() {
        process.destroy();
        return awaitExit(Duration.ofSeconds(60)).orElseGet(() -> {
            process.destroyForcibly();
            throw new IllegalStateException("The server did not stop within 60 s after SIGTERM");
        });
    }

    /** SIGKILL: the process dies at once, mid-work, as in a crash (an external database survives it). */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30)).orElseThrow(() -> new IllegalStateException("The server did not die within 30 s of SIGKILL"));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /** A port nobody listens on now (for a server's HTTP or a cluster member's grid). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
