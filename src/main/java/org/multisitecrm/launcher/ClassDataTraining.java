package org.multisitecrm.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The build's training run for class-data sharing. {@code mvn package} starts the jar once with
 * {@code -Dcrm.classDataTraining=<folder> -XX:ArchiveClassesAtExit=target/multisite-crm.jsa}: the server
 * starts as the README's command starts it, in demo mode on the embedded database in that throwaway
 * folder, is asked what a first visitor and an integration ask, and stops, and the JVM writes every
 * class it loaded to the archive. A start with {@code -XX:SharedArchiveFile=target/multisite-crm.jsa}
 * (the README's command) maps those classes instead of reading, parsing and verifying them again:
 * about 4 of the 20 s from {@code java} to ready on two cores. Without the archive, or with one that
 * does not match the jars, Java starts as before.
 */
final class ClassDataTraining {

    static final String PROPERTY = "crm.classDataTraining";

    private ClassDataTraining() {
    }

    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    /**
     * A demo on the embedded database in the training folder, on a port of its own: none of the
     * operator's variables (an external database, a cluster, a pinned domain) reaches the training run.
     */
    static Map<String, String> environment(Map<String, String> env) {
        Map<String, String> training = new HashMap<>(env);
        training.keySet().removeIf(name -> name.startsWith("CRM_") || name.startsWith("DB_"));
        training.put("CRM_DATA_DIR", System.getProperty(PROPERTY));
        training.put("CRM_DEMO", "true");
        training.put("CRM_PORT", Integer.toString(freePort()));
        training.put("CRM_BIND", "127.0.0.1");
        return training;
    }

    /** A first visitor's sign-in page, the site answer and an APIv4 read: the classes every start needs next. */
    static void exercise(int port) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        // 127.0.0.1 is no site's host name: the default site (Head Office) answers
        send(http, HttpRequest.newBuilder(URI.create(base + "/")).GET());
        send(http, HttpRequest.newBuilder(URI.create(base + "/api/site")).GET());
        send(http, HttpRequest.newBuilder(URI.create(base + "/civicrm/ajax/api4/Contact/get"))
                .header("X-Civi-Auth", "Bearer admin-demo-key").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("params=%7B%22select%22%3A%5B%22row_count%22%2C%22display_name%22%5D%2C%22limit%22%3A5%7D")));
    }

    private static void send(HttpClient http, HttpRequest.Builder request) {
        try {
            HttpResponse<Void> answer = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            System.out.println("Class-data training: " + answer.request().method() + " " + answer.uri().getPath() + " -> " + answer.statusCode());
        } catch (IOException e) {
            throw new LaunchException("The training run's request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted during the training run", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LaunchException("No free port for the training run: " + e.getMessage(), e);
        }
    }
}
