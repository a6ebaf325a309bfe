package org.multisitecrm.benchmark.performance;

import java.util.List;
import java.util.Optional;

/** What one size measured. */
record SizeFigures(int contacts, long northSees, double loadSeconds, double startSeconds, long javaRssMb, long databaseRssMb,
                   List<CallFigures> calls, Optional<Throughput> apiThroughput, Optional<Throughput> ceilingThroughput) {

    /** Medians and 95th percentiles in milliseconds; {@code failure} when the API refused or failed a run. */
    record CallFigures(String name, String label, double apiMedian, double apiP95, double ceilingMedian, int runs, String failure) {

        double ratio() {
            return apiMedian / ceilingMedian;
        }
    }

    /**
     * A load generator's result: requests per second, errors (non-2xx and socket errors), mean latency;
     * and how long the same load ran unrecorded before it.
     */
    record Throughput(double requestsPerSecond, long errors, double meanLatencyMs, long requests, int warmUpSeconds) {

        Throughput afterWarmUp(int seconds) {
            return new Throughput(requestsPerSecond, errors, meanLatencyMs, requests, seconds);
        }
    }

    Optional<CallFigures> call(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
