package org.multisitecrm.infrastructure;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationBuildTest {

    @Test
    void theBuildMavenPackagedIsKnownWithItsIdFilledIn() {
        ApplicationBuild build = ApplicationBuild.current().orElseThrow(
                () -> new AssertionError(ApplicationBuild.RESOURCE + " is missing from the classes"));
        assertFalse(build.id().contains("${"), "Maven filtered the id: " + build.id());
        assertTrue(build.id().startsWith("0.") || Character.isDigit(build.id().charAt(0)), "version first: " + build.id());
    }

    @Test
    void anIdFitsTheColumnThatRecordsIt() {
        assertEquals("x".repeat(64), new ApplicationBuild("x".repeat(64)).id());
        assertThrows(IllegalArgumentException.class, () -> new ApplicationBuild("x".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationBuild(" "));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationBuild(null));
        assertThrows(IllegalArgumentException.class, () -> new ApplicationBuild("${crm.build.id}"));
    }
}
