package org.multisitecrm.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A call's median and 95th percentile over a number of runs after warm-up, printed as one row of a benchmark's table. */
final class Figures {

    private Figures() {
    }

    static void print(String what, Runnable call, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-55s | %9.1f | %6.1f%n", what, times.get(runs / 2), times.get((int) Math.ceil(runs * 0.95) - 1));
    }
}
