package org.multisitecrm.security.visibility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds each viewer's count rows (V33: one row of deltas per visibility-index write) into one row with
 * their sum, so that a count reads a few rows whatever was written since. A chunk of a viewer's oldest
 * rows is locked, summed, deleted and replaced by its sum in one transaction at READ COMMITTED: the
 * lock waits for any writer still holding one of those rows, and takes no gap locks, so writers (who
 * only ever insert) never wait for the folding. Two servers folding at once serialize on the rows.
 */
public final class VisibilityCountFolding {

    static final int CHUNK = 10_000;

    private static final String CROWDED = "SELECT viewer_domain_id FROM crm_contact_visibility_count"
            + " GROUP BY viewer_domain_id HAVING COUNT(*) > 1";
    private static final String OLDEST = "SELECT id, contacts, trashed FROM crm_contact_visibility_count"
            + " WHERE viewer_domain_id = ? ORDER BY id LIMIT " + CHUNK + " FOR UPDATE";

    private VisibilityCountFolding() {
    }

    /** Folds every viewer with more than one count row; answers how many rows it removed. */
    public static long fold(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
            long removed = 0;
            for (long viewer : crowdedViewers(connection)) {
                long chunk;
                do {
                    chunk = foldChunk(connection, viewer);
                    removed += chunk;
                } while (chunk > 0);
            }
            return removed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<Long> crowdedViewers(Connection connection) throws SQLException {
        List<Long> viewers = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(CROWDED); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                viewers.add(rs.getLong(1));
            }
        }
        connection.commit();
        return viewers;
    }

    /** One transaction: the viewer's oldest rows become one; answers how many rows fewer there are. */
    private static long foldChunk(Connection connection, long viewer) throws SQLException {
        List<Long> ids = new ArrayList<>();
        long contacts = 0;
        long trashed = 0;
        try (PreparedStatement s = connection.prepareStatement(OLDEST)) {
            s.setLong(1, viewer);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    contacts += rs.getLong(2);
                    trashed += rs.getLong(3);
                }
            }
        }
        if (ids.size() < 2) {
            connection.commit();
            return 0;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM crm_contact_visibility_count WHERE viewer_domain_id = ? AND id BETWEEN ? AND ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO crm_contact_visibility_count (viewer_domain_id, contacts, trashed) VALUES (?, ?, ?)")) {
            // the locked rows are exactly the viewer's rows in this id range: ids only grow, and a row
            // inserted later with a lower id would have been locked by its writer and waited for above
            delete.setLong(1, viewer);
            delete.setLong(2, ids.get(0));
            delete.setLong(3, ids.get(ids.size() - 1));
            int deleted = delete.executeUpdate();
            if (deleted != ids.size()) {
                throw new IllegalStateException("Folding viewer " + viewer + "'s counts: locked " + ids.size() + " rows, deleted " + deleted);
            }
            insert.setLong(1, viewer);
            insert.setLong(2, contacts);
            insert.setLong(3, trashed);
            insert.executeUpdate();
        }
        connection.commit();
        return ids.size() - 1L;
    }
}
