package org.multisitecrm.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Payara Micro booted through its API with the war deployed at "/". A deployment that fails, or an
 * application that never reports ready, is an error: Payara itself would go on answering 404.
 */
final class PayaraServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String APPLICATION = "multisite-crm";
    static final String EXTRA_WARS = "crm.extra.wars";
    /** Set by the application's start-up sequence, run in the background, when it failed (StartupSequence.FAILED_PROPERTY). */
    private static final String START_UP_FAILED = "crm.startup.failed";

    private PayaraMicro micro;
    private PayaraMicroRuntime runtime;
    private int port;
    private String bindAddress;

    /**
     * Boots the server with nothing deployed: it needs no database, so the launcher starts the embedded
     * one meanwhile (each takes seconds of a start).
     */
    void boot(int port, String bindAddress, Optional<ClusterSettings> cluster, Path rootDir) {
        this.port = port;
        this.bindAddress = bindAddress;
        UnpackedPayara unpacked = UnpackedPayara.besideLauncher();
        unpacked.prepareRoot(rootDir);
        unpacked.register();
        try {
            micro = PayaraMicro.getInstance();
            micro.setHttpPort(port);
            micro.setNoCluster(cluster.isEmpty());
            micro.setPrintLogo(false);
            micro.setRootDir(rootDir.toFile());
            cluster.ifPresent(grid -> {
                micro.setHzClusterName(grid.clusterName());
                micro.setClusterStartPort(grid.gridPort());
                micro.setInstanceName(grid.instanceName());
                if (!isWildcard(bindAddress)) {
                    // the grid listens where HTTP does: a loopback-only server keeps its grid on loopback too
                    System.setProperty("hazelcast.socket.bind.any", "false");
                    System.setProperty("hazelcast.local.localAddress", bindAddress);
                }
            });
            micro.setPreBootHandler(admin -> {
                admin.run("set", "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                        + bindAddress);
                if (cluster.isEmpty()) {
                    // one server: sessions stay in its memory, as before the application became distributable,
                    // and no data grid starts (about 3 s of every start; the application repeats its work on
                    // managed executors, not on EJB timers, which Payara Micro keeps in the grid)
                    admin.run("set", "configs.config.server-config.availability-service.web-container-availability.availability-enabled=false");
                    admin.run("set", "configs.config.server-config.hazelcast-config-specific-configuration.enabled=false");
                }
                cluster.ifPresent(grid -> {
                    admin.run("set", "hazelcast-runtime-configuration.discovery-mode=tcpip");
                    admin.run("set", "hazelcast-runtime-configuration.tcpip-members=" + grid.tcpipMembers());
                    if (!isWildcard(bindAddress)) {
                        admin.run("set", "hazelcast-runtime-configuration.interface=" + bindAddress);
                    }
                });
            });
            runtime = micro.bootStrap();
            MalformedHostLog.install();
        } catch (BootstrapException e) {
            throw new LaunchException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    /** Deploys the application (and any extra wars) on the booted server and waits until it reports ready. */
    void deploy(Path war) {
        if (runtime == null) {
            throw new IllegalStateException("boot() first");
        }
        // deploy() answers true even when the application failed to start: ask what is deployed.
        if (!runtime.deploy(APPLICATION, "/", war.toFile()) || !runtime.getDeployedApplicationNames().contains(APPLICATION)) {
            throw new LaunchException("The application did not deploy: see the log above for the cause.");
        }
        for (Path extra : extraWars()) {
            String name = extra.getFileName().toString().replaceFirst("\\.war$", "");
            if (!runtime.deploy(name, "/" + name, extra.toFile())) {
                throw new LaunchException("The war " + extra + " did not deploy: see the log above for the cause.");
            }
        }
        awaitReady(URI.create("http://" + loopbackFor(bindAddress) + ":" + port + "/health/ready"));
    }

    /**
     * Wars deployed beside the application at {@code /<file name>}, from the system property
     * {@value #EXTRA_WARS} (comma-separated paths): the performance harness's ceiling endpoint, which
     * must run in the same server to be a fair ceiling. No production setup has a use for it.
     */
    private static List<Path> extraWars() {
        return java.util.Arrays.stream(System.getProperty(EXTRA_WARS, "").split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).map(Path::of).toList();
    }

    private static void awaitReady(URI readiness) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                lastStatus = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException e) {
                LOG.fine("not ready yet: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LaunchException("Interrupted while waiting for the application", e);
            }
            String failed = System.getProperty(START_UP_FAILED);
            if (failed != null) {
                throw new LaunchException("The application did not start: " + failed + " (see the log above)");
            }
            sleep();
        }
        throw new LaunchException("The application did not report ready at " + readiness + " within "
                + READY_TIMEOUT.toSeconds() + " s (last status " + lastStatus + ")");
    }

    private static String loopbackFor(String bindAddress) {
        return isWildcard(bindAddress) ? "127.0.0.1" : bindAddress;
    }

    private static boolean isWildcard(String bindAddress) {
        return "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (micro == null) {
            return;
        }
        try {
            micro.shutdown();
        } catch (BootstrapException | RuntimeException e) {
            LOG.warning("Payara Micro did not shut down cleanly: " + e.getMessage());
        } finally {
            micro = null;
            runtime = null;
        }
    }
}
