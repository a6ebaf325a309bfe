package org.multisitecrm.infrastructure.startup;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * How long each step of the start-up sequence took, logged once at its end: the start is bounded by
 * the slower of the deployment and this sequence, and an operator with a large database needs to see
 * which step is the slow one.
 */
final class StepTimes {

    private final StringJoiner steps = new StringJoiner(", ");
    private long totalNanos;

    void run(String step, Runnable work) {
        get(step, () -> {
            work.run();
            return null;
        });
    }

    <T> T get(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            steps.add(String.format(Locale.ROOT, "%s %.2f s", step, nanos / 1e9));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f s (%s)", totalNanos / 1e9, steps);
    }
}
