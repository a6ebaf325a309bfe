package org.multisitecrm.benchmark;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.multisitecrm.launcher.TestDatabase;
import org.multisitecrm.security.visibility.ContactVisibilityRules;
import org.multisitecrm.security.visibility.ViewerBreadth;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Contact visibility at scale: 1,000,000 contacts over 100 domains in a 3-level tree (1 head office,
 * 9 regions, 90 local sites, each contact hard-added to one local site's domain group), on the
 * embedded MariaDB with the real migrations. For a root, a middle and a leaf domain's user holding
 * 'view all contacts in domain', it prints the time of the first page of 50 by sort_name, of the
 * visible count, and of one hard-add becoming visible, each the median of several runs.
 *
 * <p>The queries are {@code SELECT c FROM Contact c ORDER BY c.sortName} and {@code COUNT(c)} with the
 * visibility criteria taken from {@link ContactVisibilityRules} itself, so the figures follow the rule. Run with
 * {@code mvn -B verify -Pbenchmark}; it is not part of the test suite and asserts nothing about time.
 */
class VisibilityBenchmark {

    private static final int CONTACTS = Integer.getInteger("benchmark.contacts", 1_000_000);
    private static final int RUNS = 5;

    /** The criteria EclipseLink adds to every Contact query, from the rule itself. */
    private static final String VISIBLE = "(c.is_deleted = 0 OR ? = 1) AND " + ContactVisibilityRules.contactVisibleSql("c.id");

    @Test
    void contactVisibilityAtOneMillion() throws SQLException {
        String[] db = TestDatabase.urlUserPassword("benchmark-db");
        Flyway.configure().dataSource(db[0], db[1], db[2]).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(db[0], db[1], db[2])) {
            long loadStart = System.nanoTime();
            load(connection);
            System.out.printf(Locale.ROOT, "%nLoaded %,d contacts over 100 domains in %.1f s%n", CONTACTS, seconds(loadStart));
            System.out.println("viewer domain             | first page of 50 | visible count (value)    | one hard-add visible");
            for (long[] viewer : new long[][] {{1, 0}, {2, 0}, {11, 0}}) {
                report(connection, viewer[0]);
            }
        }
    }

    private static void load(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO civicrm_domain (id, name, parent_id) VALUES (1, 'Root', NULL)");
            s.executeUpdate("INSERT INTO civicrm_domain (id, name, parent_id) SELECT seq, CONCAT('Region ', seq), 1 FROM seq_2_to_10");
            s.executeUpdate("INSERT INTO civicrm_domain (id, name, parent_id) SELECT seq, CONCAT('Local ', seq), 2 + (seq - 11) DIV 10"
                    + " FROM seq_11_to_100");
            s.executeUpdate("INSERT INTO civicrm_group (id, name, title, is_reserved) SELECT id, CONCAT('domain_group_', id), name, 1 FROM civicrm_domain");
            s.executeUpdate("INSERT INTO civicrm_setting (domain_id, name, value) SELECT id, 'domain_group_id', id FROM civicrm_domain");
            s.executeUpdate("INSERT INTO civicrm_group_nesting (child_group_id, parent_group_id) SELECT id, parent_id FROM civicrm_domain WHERE parent_id IS NOT NULL");
            s.executeUpdate("INSERT INTO civicrm_contact (id, contact_type, first_name, last_name, display_name, sort_name)"
                    + " SELECT seq, 'Individual', CONCAT('F', seq), CONCAT('L', LPAD((seq * 7919) % " + CONTACTS + ", 7, '0')),"
                    + " CONCAT('F', seq, ' L', LPAD((seq * 7919) % " + CONTACTS + ", 7, '0')),"
                    + " CONCAT('L', LPAD((seq * 7919) % " + CONTACTS + ", 7, '0'), ', F', seq) FROM seq_1_to_" + CONTACTS);
            // memberships before the closure exists, then the index in one set-based pass (the repair rebuild)
            s.executeUpdate("INSERT INTO civicrm_group_contact (group_id, contact_id, status) SELECT 11 + (seq % 90), seq, 'Added'"
                    + " FROM seq_1_to_" + CONTACTS);
            s.executeUpdate("INSERT INTO crm_domain_group_closure (viewer_domain_id, group_id)"
                    + " WITH RECURSIVE tree (viewer_domain_id, domain_id) AS (SELECT id, id FROM civicrm_domain"
                    + " UNION ALL SELECT t.viewer_domain_id, d.id FROM tree t JOIN civicrm_domain d ON d.parent_id = t.domain_id)"
                    + " SELECT viewer_domain_id, domain_id FROM tree");
            s.executeUpdate("INSERT INTO crm_contact_visibility (viewer_domain_id, contact_id, sort_name, is_deleted, contact_type)"
                    + " SELECT DISTINCT x.viewer_domain_id, c.id, c.sort_name, c.is_deleted, c.contact_type"
                    + " FROM crm_domain_group_closure x JOIN civicrm_group_contact gc ON gc.group_id = x.group_id AND gc.status = 'Added'"
                    + " JOIN civicrm_contact c ON c.id = gc.contact_id");
            s.execute("ANALYZE TABLE civicrm_contact, crm_contact_visibility, civicrm_group_contact");
        }
    }

    private static void report(Connection connection, long domain) throws SQLException {
        List<Double> page = new ArrayList<>();
        List<Double> count = new ArrayList<>();
        List<Double> hardAdd = new ArrayList<>();
        long visible = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            try (PreparedStatement q = visibleQuery(connection, "SELECT c.id, c.sort_name FROM civicrm_contact c WHERE " + VISIBLE
                    + " ORDER BY c.sort_name, c.id LIMIT 50", domain); ResultSet rs = q.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                if (rows != 50) {
                    throw new IllegalStateException("domain " + domain + " saw " + rows + " rows on page 1");
                }
            }
            page.add(millis(start));
            start = System.nanoTime();
            try (PreparedStatement q = visibleQuery(connection, "SELECT COUNT(c.id) FROM civicrm_contact c WHERE " + VISIBLE, domain);
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                visible = rs.getLong(1);
            }
            count.add(millis(start));
            hardAdd.add(oneHardAdd(connection, domain, run));
        }
        System.out.printf(Locale.ROOT, "%-25s | %13.2f ms | %9.1f ms (%,9d) | %14.2f ms%n", name(domain), median(page),
                median(count), visible, median(hardAdd));
    }

    /** A new contact hard-added to a leaf group below the viewer, until the viewer's query finds it. */
    private static double oneHardAdd(Connection connection, long viewer, int run) throws SQLException {
        long leafGroup = viewer >= 11 ? viewer : viewer == 1 ? 55 : 11;
        long contactId;
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO civicrm_contact (contact_type, first_name, last_name, display_name, sort_name)"
                    + " VALUES ('Individual', 'New', 'Person', 'New Person', 'Person, New')", Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                contactId = keys.getLong(1);
            }
        }
        long start = System.nanoTime();
        try (PreparedStatement add = connection.prepareStatement("INSERT INTO civicrm_group_contact (group_id, contact_id, status) VALUES (?, ?, 'Added')")) {
            add.setLong(1, leafGroup);
            add.setLong(2, contactId);
            add.executeUpdate();
        }
        try (PreparedStatement q = visibleQuery(connection, "SELECT c.id FROM civicrm_contact c WHERE c.id = " + contactId + " AND " + VISIBLE, viewer);
             ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("run " + run + ": the hard-add is not visible from domain " + viewer);
            }
        }
        return millis(start);
    }

    private static PreparedStatement visibleQuery(Connection connection, String sql, long domain) throws SQLException {
        PreparedStatement q = connection.prepareStatement(sql);
        // as the server's VisibilityParameters: rows of a wide viewer probe the index, counts materialize it
        long wide = !sql.contains("COUNT(") && isWide(connection, domain) ? 1 : 0;
        long[] values = {0, 0, wide, domain, wide, domain, 0, 0, 0, domain};
        for (int i = 0; i < values.length; i++) {
            q.setLong(i + 1, values[i]);
        }
        return q;
    }

    /** The server's own measure ({@link ViewerBreadth}), so the plan measured is the plan the server picks. */
    private static boolean isWide(Connection connection, long domain) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(ViewerBreadth.BOUNDED_COUNT_SQL)) {
            count.setLong(1, domain);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1) >= ViewerBreadth.WIDE_FROM;
            }
        }
    }

    private static String name(long domain) {
        return domain == 1 ? "root (100 domains, wide)" : domain < 11 ? "middle (11 domains)" : "leaf (1 domain)";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
