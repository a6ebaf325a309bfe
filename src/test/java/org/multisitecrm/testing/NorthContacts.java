package org.multisitecrm.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Many contacts loaded straight into a demo database and hard-added to Branch North's domain group
 * through the visibility trigger, as the server's own hard-add would go: for benchmarks and for tests
 * that page through thousands. {@code seq} is MariaDB's sequence engine (1 to {@code count}).
 */
public final class NorthContacts {

    private NorthContacts() {
    }

    /**
     * Inserts {@code count} individuals, their names given as SQL over {@code seq}; the first name
     * must start with {@code firstNamePrefix}, which picks them out for the hard-add.
     */
    public static void load(Connection connection, int count, String firstNamePrefix, String firstName, String lastName,
                            String displayName, String sortName) throws SQLException {
        try (Statement s = connection.createStatement()) {
            long northGroup;
            try (ResultSet rs = s.executeQuery("SELECT value FROM civicrm_setting WHERE domain_id = 2 AND name = 'domain_group_id'")) {
                rs.next();
                northGroup = Long.parseLong(rs.getString(1).replaceAll("\\D", ""));
            }
            s.executeUpdate("INSERT INTO civicrm_contact (contact_type, first_name, last_name, display_name, sort_name)"
                    + " SELECT 'Individual', " + firstName + ", " + lastName + ", " + displayName + ", " + sortName
                    + " FROM seq_1_to_" + count);
            s.executeUpdate("INSERT INTO civicrm_group_contact (group_id, contact_id, status) SELECT " + northGroup
                    + ", id, 'Added' FROM civicrm_contact WHERE first_name LIKE '" + firstNamePrefix + "%'");
            s.execute("ANALYZE TABLE civicrm_contact, crm_contact_visibility, civicrm_group_contact");
        }
    }

    /** The benchmarks' contacts: "Bench<n>" with last names spread by a multiplicative hash. */
    public static void loadBench(Connection connection, int count) throws SQLException {
        String last = "CONCAT('L', LPAD((seq * 7919) % " + count + ", 7, '0'))";
        load(connection, count, "Bench", "CONCAT('Bench', seq)", last, "CONCAT('Bench', seq, ' ', " + last + ")",
                "CONCAT(" + last + ", ', Bench', seq)");
    }
}
