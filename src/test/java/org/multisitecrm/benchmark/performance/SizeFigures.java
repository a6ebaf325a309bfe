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
     * how long the same load ran unrecorded before it; and, when it is the median of several recorded
     * rounds, every round's requests per second.
     */
    record Throughput(double requestsPerSecond, long errors, double meanLatencyMs, long requests, int warmUpSeconds,
                      List<Double> roundRates) {

        Throughput afterWarmUp(int seconds) {
            return new Throughput(requestsPerSecond, errors, meanLatencyMs, requests, seconds, roundRates);
        }

        /**
         * The median round, with the errors of all rounds: on two shared cores one round of 15 s moved by
         * 15% from the next (1,581 then 1,348 requests/s, nothing changed between them).
         */
        static Optional<Throughput> median(List<Throughput> rounds) {
            if (rounds.isEmpty()) {
                return Optional.empty();
            }
            List<Throughput> sorted = rounds.stream().sorted(java.util.Comparator.comparingDouble(Throughput::requestsPerSecond)).toList();
            Throughput middle = sorted.get(sorted.size() / 2);
            return Optional.of(new Throughput(middle.requestsPerSecond(), rounds.stream().mapToLong(Throughput::errors).sum(),
                    middle.meanLatencyMs(), middle.requests(), middle.warmUpSeconds(),
                    rounds.stream().map(Throughput::requestsPerSecond).toList()));
        }
    }

    Optional<CallFigures> call(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
