package org.multisitecrm.infrastructure.startup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCheckTest {

    @Test
    void versionsCompareAsFlywayOrdersThem() {
        assertTrue(SchemaCheck.compare("24", "9") > 0, "numbers, not text");
        assertTrue(SchemaCheck.compare("100.1", "100") > 0);
        assertTrue(SchemaCheck.compare("23", "24") < 0);
        assertTrue(SchemaCheck.compare("24.0", "24") == 0);
        assertTrue(SchemaCheck.compare("2..1", "2") > 0, "an odd version never fails the check");
    }
}
