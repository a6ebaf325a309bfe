package org.multisitecrm.benchmark.performance;

import org.junit.jupiter.api.Test;
import org.multisitecrm.benchmark.performance.SizeFigures.Throughput;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputTest {

    private static Throughput round(double rate, long errors) {
        return new Throughput(rate, errors, 1000 / rate, (long) rate * 15, 0, List.of());
    }

    @Test
    void theFigureIsTheMedianRoundWithEveryRoundsErrorsAndRates() {
        Throughput median = Throughput.median(List.of(round(1581, 0), round(1348, 2), round(1602, 0))).orElseThrow();
        assertEquals(1581, median.requestsPerSecond());
        assertEquals(1000 / 1581.0, median.meanLatencyMs());
        assertEquals(2, median.errors(), "an error in any round counts");
        assertEquals(List.of(1581.0, 1348.0, 1602.0), median.roundRates(), "every round, in the order run");
    }

    @Test
    void noRoundNoFigure() {
        assertTrue(Throughput.median(List.of()).isEmpty());
    }
}
