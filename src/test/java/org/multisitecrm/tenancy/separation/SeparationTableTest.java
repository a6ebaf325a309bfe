package org.multisitecrm.tenancy.separation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeparationTableTest {

    private static final String HEADER = "| Entity | Mode | JPA entities | Note |\n| --- | --- | --- | --- |\n";

    @Test
    void theShippedTableHoldsEverySeedRowAndScopesTheFirstEntities() throws IOException {
        SeparationTable table = SeparationTable.parse("config", Files.readString(Path.of("config/separation-table.md")));
        // the seed's "Functional Separation in Multisite" table has 48 rows; Domains, Sites and
        // Payment Processor Type, User accounts, Sign-in hand-offs, Roles, ACL, Notes, Access audit and
        // Participant statuses are ours
        assertEquals(59, table.rules().size());
        assertEquals(SeparationMode.DOMAIN, table.ruleFor("Event").orElseThrow().mode());
        assertEquals(SeparationMode.SHARED, table.ruleFor("Activity").orElseThrow().mode());
        assertEquals(SeparationMode.DOMAIN, table.ruleFor("UFMatch").orElseThrow().mode());
        assertEquals(SeparationMode.SHARED, table.ruleFor("GroupContact").orElseThrow().mode());
        assertEquals(SeparationMode.DOMAIN, table.ruleFor("MembershipType").orElseThrow().mode());
        assertEquals(SeparationMode.DOMAIN, table.ruleFor("PaymentProcessor").orElseThrow().mode());
        assertEquals(SeparationMode.DOMAIN, table.ruleFor("Navigation").orElseThrow().mode());
        assertEquals(SeparationMode.DOMAIN, table.ruleFor("Setting").orElseThrow().mode());
        assertEquals(SeparationMode.OPTIONAL, table.ruleFor("OptionGroup").orElseThrow().mode());
        assertEquals(SeparationMode.OPTIONAL, table.ruleFor("OptionValue").orElseThrow().mode());
        assertEquals(SeparationMode.SHARED, table.ruleFor("Contact").orElseThrow().mode());
        assertEquals(SeparationMode.TENANCY, table.ruleFor("Domain").orElseThrow().mode());
        assertTrue(table.rules().stream().anyMatch(r -> r.seedEntity().equals("Mailing") && r.mode() == SeparationMode.DOMAIN));
    }

    @Test
    void anUnknownModeNamesTheLineAndTheEntity() {
        SeparationTableException error = assertThrows(SeparationTableException.class,
                () -> SeparationTable.parse("t.md", HEADER + "| Tag | sometimes | - | |\n"));
        assertTrue(error.getMessage().contains("line 3 (Tag)"), error.getMessage());
        assertTrue(error.getMessage().contains("sometimes"), error.getMessage());
    }

    @Test
    void anEntityListedTwiceIsRefused() {
        SeparationTableException error = assertThrows(SeparationTableException.class,
                () -> SeparationTable.parse("t.md", HEADER + "| A | domain | Contact | |\n| B | shared | Contact | |\n"));
        assertTrue(error.getMessage().contains("Contact is already listed on line 3"), error.getMessage());
    }

    @Test
    void aRowWithMissingColumnsIsRefused() {
        assertThrows(SeparationTableException.class, () -> SeparationTable.parse("t.md", HEADER + "| Tag | shared |\n"));
    }
}
