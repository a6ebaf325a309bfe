package org.multisitecrm.job;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a job is due, without a container. */
class RunFrequencyTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 2, 12, 0);

    @Test
    void aJobNeverRunIsDueAndThenWaitsItsFrequency() {
        assertTrue(RunFrequency.Daily.isDue(null, null, NOON));
        assertFalse(RunFrequency.Daily.isDue(NOON.minusHours(23), null, NOON));
        assertTrue(RunFrequency.Daily.isDue(NOON.minusDays(1), null, NOON), "exactly a day later");
        assertFalse(RunFrequency.Hourly.isDue(NOON.minusMinutes(59), null, NOON));
        assertTrue(RunFrequency.Hourly.isDue(NOON.minusHours(1), null, NOON));
        assertFalse(RunFrequency.Monthly.isDue(LocalDateTime.of(2026, 11, 3, 12, 0), null, NOON));
        assertTrue(RunFrequency.Quarter.isDue(LocalDateTime.of(2026, 9, 2, 12, 0), null, NOON));
        assertFalse(RunFrequency.Yearly.isDue(LocalDateTime.of(2026, 1, 1, 0, 0), null, NOON));
        assertTrue(RunFrequency.Always.isDue(NOON, null, NOON), "at every tick");
    }

    @Test
    void aScheduledRunDateHoldsTheJobBackUntilItComesAndThenRunsIt() {
        assertFalse(RunFrequency.Always.isDue(null, NOON.plusMinutes(1), NOON));
        assertFalse(RunFrequency.Daily.isDue(NOON.minusDays(2), NOON.plusMinutes(1), NOON), "even when the frequency has passed");
        assertTrue(RunFrequency.Daily.isDue(null, NOON, NOON));
        assertTrue(RunFrequency.Daily.isDue(NOON.minusHours(2), NOON.minusHours(1), NOON),
                "when its date comes, even within its frequency (CiviCRM's needsRunning)");
    }
}
