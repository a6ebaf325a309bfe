package org.multisitecrm.benchmark;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;
import org.multisitecrm.membership.MembershipStatusJob;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.testing.InContainer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The daily membership status job over 1,000,000 memberships, in Payara on the embedded MariaDB: the
 * memberships are spread over three years of join dates across the demo contacts and North's type, all
 * marked New, and the job is run as of today (most change), then again (none change). It prints the
 * time of each run and memberships per second. Run with {@code mvn -B verify -Pbenchmark}; it asserts
 * nothing about time.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipStatusBenchmark {

    private static final int MEMBERSHIPS = Integer.getInteger("benchmark.memberships", 1_000_000);

    @Deployment
    static WebArchive deployment() {
        return InContainer.war("benchmark-membership-db", "crm.jobs.enabled=false\n").addClasses(MembershipStatusBenchmark.class);
    }

    @Inject
    private MembershipStatusJob job;

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void theStatusJobOverAMillionMemberships() throws SQLException {
        long loadStart = System.nanoTime();
        long northId;
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT domain_id FROM civicrm_membership_type WHERE name = 'North Member'")) {
                rs.next();
                northId = rs.getLong(1);
            }
            long first;
            long span;
            try (ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) - MIN(id) + 1 FROM civicrm_contact")) {
                rs.next();
                first = rs.getLong(1);
                span = rs.getLong(2);
            }
            // contact ids are contiguous on the demo data; the foreign key would refuse a gap
            s.executeUpdate("INSERT INTO civicrm_membership (domain_id, contact_id, membership_type_id, join_date, start_date, end_date,"
                    + " status_id) SELECT t.domain_id, " + first + " + n.seq MOD " + span + ", t.id, CURDATE() - INTERVAL (n.seq MOD 1095) DAY,"
                    + " CURDATE() - INTERVAL (n.seq MOD 1095) DAY, CURDATE() - INTERVAL (n.seq MOD 1095) DAY + INTERVAL 1 YEAR - INTERVAL 1 DAY, 1"
                    + " FROM seq_1_to_" + MEMBERSHIPS + " n JOIN civicrm_membership_type t ON t.name = 'North Member'");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        System.out.printf(Locale.ROOT, "%nLoaded %,d memberships (joined over the last 3 years, all New) in %.1f s%n",
                MEMBERSHIPS, (System.nanoTime() - loadStart) / 1e9);
        for (String run : new String[] {"first run (statuses move)", "second run (nothing to change)"}) {
            long start = System.nanoTime();
            int changed = DomainWork.call(northId, "benchmark", () -> job.run(LocalDate.now()));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Membership status job, %s: %,d changed in %.1f s (%,.0f memberships/s)%n",
                    run, changed, seconds, MEMBERSHIPS / seconds);
        }
    }
}
