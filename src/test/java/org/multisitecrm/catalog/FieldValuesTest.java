package org.multisitecrm.catalog;

import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldValuesTest {

    private static String printed(LocalDateTime value) {
        return ((JsonString) FieldValues.toJson(value)).getString();
    }

    @Test
    void aDatetimeIsPrintedToTheSecondWithoutAFraction() {
        assertEquals("2026-12-07 00:00:17", printed(LocalDateTime.of(2026, 12, 7, 0, 0, 17)));
    }

    @Test
    void aFractionIsPrintedInMicrosecondsTruncatedAsStored() {
        assertEquals("2026-12-07 00:00:17.501486", printed(LocalDateTime.of(2026, 12, 7, 0, 0, 17, 501_486_000)));
        assertEquals("2026-12-07 00:00:17.500000", printed(LocalDateTime.of(2026, 12, 7, 0, 0, 17, 500_000_000)));
        assertEquals("2026-12-07 00:00:17.000000", printed(LocalDateTime.of(2026, 12, 7, 0, 0, 17, 999)));
        assertEquals("0999-01-02 03:04:05.000001", printed(LocalDateTime.of(999, 1, 2, 3, 4, 5, 1_999)));
    }
}
