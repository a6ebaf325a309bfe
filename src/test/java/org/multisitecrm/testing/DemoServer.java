package org.multisitecrm.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One demo server (embedded MariaDB, demo data) shared by the HTTP and browser tests of a run,
 * started on first use from a fresh data folder and stopped when the test JVM exits.
 */
public final class DemoServer {

    private static ServerProcess server;

    private DemoServer() {
    }

    public static synchronized ServerProcess get() {
        if (server == null) {
            Path data = Path.of(System.getProperty("crm.build.directory", "target"), "it-demo-data");
            Folders.deleteTree(data);
            server = ServerProcess.launch("demo", Map.of("CRM_DATA_DIR", data.toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitReady(Duration.ofSeconds(180));
        }
        return server;
    }
}
