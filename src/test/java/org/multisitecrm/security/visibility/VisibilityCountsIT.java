package org.multisitecrm.security.visibility;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multisitecrm.infrastructure.deltas.DeltaFolding;
import org.multisitecrm.launcher.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The visibility counts in the schema itself (migrated by Flyway, no server): a head office's count, and
 * the count of all contacts, are kept by every branch's writes, per contact type, and one branch's open
 * transaction must not hold up another's; folding the rows of deltas keeps every count exact, also while
 * a writer is still open.
 */
class VisibilityCountsIT {

    private static final String[] TYPES = {"Individual", "Organization", "Household"};

    private static String[] db;

    @BeforeAll
    static void schemaWithAHeadOfficeAndTwoBranches() throws SQLException {
        db = TestDatabase.urlUserPassword("it-visibility-counts-db");
        Flyway.configure().dataSource(db[0], db[1], db[2]).locations("classpath:db/migration").load().migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO civicrm_domain (id, name, parent_id) VALUES (1, 'Head', NULL), (2, 'North', 1), (3, 'South', 1)");
            s.executeUpdate("INSERT INTO civicrm_group (id, name, title, is_reserved) SELECT id, CONCAT('domain_group_', id), name, 1 FROM civicrm_domain");
            s.executeUpdate("INSERT INTO civicrm_group_nesting (child_group_id, parent_group_id) VALUES (2, 1), (3, 1)");
            s.executeUpdate("INSERT INTO crm_domain_group_closure (viewer_domain_id, group_id) VALUES (1, 1), (1, 2), (1, 3), (2, 2), (3, 3)");
        }
    }

    @Test
    void aBranchsOpenTransactionDoesNotHoldUpAnotherBranchsWrites() throws SQLException {
        try (Connection north = connect(); Connection south = connect()) {
            long nora = contact(north, "Nora");
            long sam = contact(south, "Sam");
            north.setAutoCommit(false);
            hardAdd(north, 2, nora);
            try (Statement s = south.createStatement()) {
                s.execute("SET SESSION innodb_lock_wait_timeout = 1");
            }
            // with one count row per viewer (V32) this waited for North's commit on the head office's row, then timed out
            assertDoesNotThrow(() -> hardAdd(south, 3, sam), "South's hard-add while North's transaction is open");
            north.commit();
        }
        assertCountsExact();
    }

    @Test
    void foldingKeepsEveryCountExactThroughAddsTrashAndDeletes() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            int many = DeltaFolding.CHUNK * 2 + 7;
            s.executeUpdate("INSERT INTO civicrm_contact (contact_type, first_name, display_name, sort_name)"
                    + " SELECT IF(seq % 4 = 0, 'Organization', 'Individual'),"
                    + " 'Fold', CONCAT('Fold ', seq), CONCAT('Fold ', LPAD(seq, 6, '0')) FROM seq_1_to_" + many);
            s.executeUpdate("INSERT INTO civicrm_group_contact (group_id, contact_id, status) SELECT IF(id % 3 = 0, 3, 2), id, 'Added'"
                    + " FROM civicrm_contact WHERE first_name = 'Fold'");
            s.executeUpdate("UPDATE civicrm_contact SET is_deleted = 1 WHERE first_name = 'Fold' AND id % 5 = 0");
            s.executeUpdate("DELETE FROM civicrm_contact WHERE first_name = 'Fold' AND id % 7 = 0");
            assertCountsExact();
            assertTrue(rows(c, 1) > DeltaFolding.CHUNK, "the head office has more rows of deltas than a chunk");

            assertTrue(DeltaFolding.fold(c, IndexedContactReads.VIEWER_COUNTS) > 0);
            assertTrue(DeltaFolding.fold(c, IndexedContactReads.ALL_COUNTS) > 0);
            for (long viewer = 1; viewer <= 3; viewer++) {
                assertEquals(2, rows(c, viewer), "viewer " + viewer + " folded to one row per contact type");
            }
            assertEquals(2, single(s, "SELECT COUNT(*) FROM crm_contact_count"), "all contacts folded to one row per contact type");
            assertCountsExact();
            s.executeUpdate("UPDATE civicrm_contact SET is_deleted = 0 WHERE first_name = 'Fold'");
            assertCountsExact();
            // the application never changes a contact's type; SQL by hand may, and the counts follow it
            s.executeUpdate("UPDATE civicrm_contact SET contact_type = 'Household', is_deleted = IF(id % 2 = 0, 1, 0)"
                    + " WHERE first_name = 'Fold' AND id % 3 = 1");
            assertTrue(single(s, "SELECT COUNT(*) FROM crm_contact_visibility WHERE contact_type = 'Household'") > 0);
            assertCountsExact();
        }
    }

    @Test
    void foldingWaitsForAWriterStillOpenAndLosesNothing() throws Exception {
        try (Connection writer = connect(); Connection folder = connect()) {
            // two committed rows for North (and Head Office), so the folding has work there
            hardAdd(writer, 2, contact(writer, "Wendy"));
            hardAdd(writer, 2, contact(writer, "Wilma"));
            long open = contact(writer, "Olive");
            writer.setAutoCommit(false);
            hardAdd(writer, 2, open);
            try (Statement s = folder.createStatement()) {
                s.execute("SET SESSION innodb_lock_wait_timeout = 1");
            }
            // it must wait for the open writer's row, not fold around it: here it gives up, and undoes its chunk
            SQLException waited = assertThrows(SQLException.class, () -> DeltaFolding.fold(folder, IndexedContactReads.VIEWER_COUNTS));
            assertTrue(waited.getMessage().contains("Lock wait timeout"), waited.getMessage());
            assertCountsExactBeside(writer);
            writer.commit();
            assertTrue(DeltaFolding.fold(folder, IndexedContactReads.VIEWER_COUNTS) > 0, "once the writer is done");
        }
        assertCountsExact();
    }

    /** The counts as the open writer sees them, its own rows included. */
    private static void assertCountsExactBeside(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            for (long viewer = 1; viewer <= 3; viewer++) {
                assertEquals(single(s, "SELECT COUNT(*) FROM crm_contact_visibility WHERE is_deleted = 0 AND viewer_domain_id = " + viewer),
                        single(s, "SELECT COALESCE(SUM(contacts - trashed), 0) FROM crm_contact_visibility_count WHERE viewer_domain_id = "
                                + viewer), "viewer " + viewer + "'s count in the open writer");
            }
        }
    }

    /**
     * Each viewer's counted contacts (sum of its rows of deltas) are its index rows outside the trash,
     * and all contacts' count (for 'view all contacts') is the contacts outside the trash: in all, and
     * for each contact type, whose type the index rows carry as their contacts do.
     */
    private static void assertCountsExact() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertEquals(0, single(s, "SELECT COUNT(*) FROM crm_contact_visibility v JOIN civicrm_contact k ON k.id = v.contact_id"
                    + " WHERE NOT (v.contact_type <=> k.contact_type) OR v.is_deleted <> k.is_deleted"), "index rows carry their contact's type");
            assertEquals(single(s, "SELECT COUNT(*) FROM civicrm_contact WHERE is_deleted = 0"),
                    single(s, IndexedContactReads.ALL_COUNT_SQL), "all contacts' count");
            for (String type : TYPES) {
                assertEquals(single(s, "SELECT COUNT(*) FROM civicrm_contact WHERE is_deleted = 0 AND contact_type = '" + type + "'"),
                        single(s, IndexedContactReads.ALL_TYPE_COUNT_SQL.replace("?", "'" + type + "'")), "all contacts' count of " + type);
            }
            for (long viewer = 1; viewer <= 3; viewer++) {
                long indexed = single(s, "SELECT COUNT(*) FROM crm_contact_visibility WHERE is_deleted = 0 AND viewer_domain_id = " + viewer);
                long counted = single(s, "SELECT COALESCE(SUM(contacts - trashed), 0) FROM crm_contact_visibility_count"
                        + " WHERE viewer_domain_id = " + viewer);
                assertEquals(indexed, counted, "viewer " + viewer + "'s count");
                for (String type : TYPES) {
                    assertEquals(single(s, "SELECT COUNT(*) FROM crm_contact_visibility WHERE is_deleted = 0 AND viewer_domain_id = " + viewer
                                    + " AND contact_type = '" + type + "'"),
                            single(s, "SELECT COALESCE(SUM(contacts - trashed), 0) FROM crm_contact_visibility_count WHERE viewer_domain_id = "
                                    + viewer + " AND contact_type = '" + type + "'"), "viewer " + viewer + "'s count of " + type);
                }
            }
        }
    }

    private static long rows(Connection c, long viewer) throws SQLException {
        try (Statement s = c.createStatement()) {
            return single(s, "SELECT COUNT(*) FROM crm_contact_visibility_count WHERE viewer_domain_id = " + viewer);
        }
    }

    private static long contact(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO civicrm_contact (contact_type, first_name, display_name, sort_name) VALUES ('Individual', '"
                    + name + "', '" + name + "', '" + name + "')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void hardAdd(Connection c, long group, long contact) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO civicrm_group_contact (group_id, contact_id, status) VALUES (" + group + ", " + contact + ", 'Added')");
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(db[0], db[1], db[2]);
    }
}
