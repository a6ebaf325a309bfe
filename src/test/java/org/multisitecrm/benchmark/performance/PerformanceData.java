package org.multisitecrm.benchmark.performance;

import org.multisitecrm.testing.Api4Client;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness's data on top of the demo: 97 domains created over the API as an administrator would
 * (seven more regions beside Branch North and Branch South under Head Office, ten local sites under
 * each region: 100 domains in three levels), then {@code size} individuals with a primary email loaded
 * by SQL and hard-added through the visibility triggers, every second one to North's domain group and
 * the others round the 90 local sites. North's branch manager sees over half of them, a local site a
 * ninetieth of the rest, Head Office all.
 */
final class PerformanceData {

    static final int REGIONS = 9;
    static final int LOCALS_PER_REGION = 10;
    private static final int CHUNK = 100_000;

    private PerformanceData() {
    }

    /** Creates the domains over the API; answers the ids of the local sites. */
    static List<Long> domains(Api4Client api) {
        List<Long> regions = new ArrayList<>(List.of(2L, 3L));
        for (int r = regions.size() + 1; r <= REGIONS; r++) {
            regions.add(api.firstId("localhost", "admin-demo-key", "Domain", "create",
                    "{\"values\":{\"name\":\"Region " + r + "\",\"parent_id\":1}}"));
        }
        List<Long> locals = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            for (int l = 1; l <= LOCALS_PER_REGION; l++) {
                locals.add(api.firstId("localhost", "admin-demo-key", "Domain", "create",
                        "{\"values\":{\"name\":\"Local " + (r + 1) + "." + l + "\",\"parent_id\":" + regions.get(r) + "}}"));
            }
        }
        return locals;
    }

    /** Loads the contacts in chunks (each its own transaction); answers the first contact id it used. */
    static long contacts(Connection connection, int size, List<Long> locals) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("CREATE TABLE perf_local (n INT NOT NULL PRIMARY KEY, group_id INT UNSIGNED NOT NULL)");
            for (int n = 0; n < locals.size(); n++) {
                s.executeUpdate("INSERT INTO perf_local (n, group_id) VALUES (" + n + ", " + domainGroup(s, locals.get(n)) + ")");
            }
            long north = domainGroup(s, 2);
            long base;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM civicrm_contact")) {
                rs.next();
                base = rs.getLong(1);
            }
            String last = "CONCAT('L', LPAD((seq * 7919) % " + size + ", 8, '0'))";
            for (int from = 1; from <= size; from += CHUNK) {
                int to = Math.min(size, from + CHUNK - 1);
                String seq = " FROM seq_" + from + "_to_" + to;
                s.executeUpdate("INSERT INTO civicrm_contact (id, contact_type, first_name, last_name, display_name, sort_name)"
                        + " SELECT " + base + " + seq, 'Individual', CONCAT('Perf', seq), " + last + ", CONCAT('Perf', seq, ' ', " + last
                        + "), CONCAT(" + last + ", ', Perf', seq)" + seq);
                s.executeUpdate("INSERT INTO civicrm_email (contact_id, location_type_id, email, is_primary)"
                        + " SELECT " + base + " + seq, 1, CONCAT('perf', seq, '@example.org'), 1" + seq);
                s.executeUpdate("INSERT INTO civicrm_group_contact (group_id, contact_id, status)"
                        + " SELECT IF(seq % 2 = 0, " + north + ", l.group_id), " + base + " + seq, 'Added'" + seq
                        + " s JOIN perf_local l ON l.n = (s.seq DIV 2) % " + locals.size());
            }
            s.execute("ANALYZE TABLE civicrm_contact, civicrm_email, civicrm_group_contact, crm_contact_visibility");
            return base + 1;
        }
    }

    private static long domainGroup(Statement s, long domain) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT value FROM civicrm_setting WHERE domain_id = " + domain + " AND name = 'domain_group_id'")) {
            if (!rs.next()) {
                throw new IllegalStateException("Domain " + domain + " has no domain group");
            }
            return Long.parseLong(rs.getString(1).replaceAll("\\D", ""));
        }
    }
}
