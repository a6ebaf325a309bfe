package org.multisitecrm.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.infrastructure.CoalescedRead;
import org.multisitecrm.infrastructure.datasource.CrmDataSource;
import org.multisitecrm.infrastructure.deltas.DeltaTable;
import org.multisitecrm.infrastructure.deltas.DeltaTables;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The number the database moves with every committed write of logins, API keys, roles, their
 * permissions and contact matches (triggers of {@code V31}, insert-only since {@code V34}): equal
 * numbers mean nothing a caller is made of has changed, whichever server or tool wrote. It is the sum
 * of the rows of changes, which folding leaves unchanged, and each commit adds to. Read before any
 * transaction of the request begins, on a connection of its own; calls asking at the same time share
 * one read begun after all of them asked ({@link CoalescedRead}), so none is answered with a number
 * older than its own start, and a busy server spends one round trip on many calls.
 */
@ApplicationScoped
public class CallerGeneration implements DeltaTables {

    static final DeltaTable CHANGES = DeltaTable.whole("crm_caller_change", "changes");

    @Resource(lookup = CrmDataSource.JNDI_NAME)
    private DataSource dataSource;

    private final CoalescedRead<OptionalLong> shared = new CoalescedRead<>(this::read);

    /** The current number; empty when the database cannot be asked (nothing kept may then be trusted). */
    public OptionalLong current() {
        return shared.get();
    }

    private OptionalLong read() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT COALESCE(SUM(changes), 0) FROM crm_caller_change");
             ResultSet row = read.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public List<DeltaTable> deltaTables() {
        return List.of(CHANGES);
    }
}
