package org.multisitecrm.infrastructure.deltas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Folds a {@link DeltaTable}'s rows (one per write) into one row per key with their sums, so that a
 * read sums a few rows whatever was written since. A chunk of a key's oldest rows is locked, summed,
 * deleted and replaced by its sum in one transaction at READ COMMITTED: the lock waits for any writer
 * still holding one of those rows, and takes no gap locks, so writers (who only ever insert) never
 * wait for the folding. Two servers folding at once serialize on the rows.
 */
public final class DeltaFolding {

    public static final int CHUNK = 10_000;

    private DeltaFolding() {
    }

    /** Folds every key of {@code table} with more than one row; answers how many rows it removed. */
    public static long fold(Connection connection, DeltaTable table) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
            long removed = 0;
            for (List<Object> key : crowdedKeys(connection, table)) {
                long chunk;
                do {
                    chunk = foldChunk(connection, table, key);
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

    /** The keys (values of the key columns) with more than one row; for a table without keys, one empty key when it has. */
    private static List<List<Object>> crowdedKeys(Connection connection, DeltaTable table) throws SQLException {
        List<List<Object>> keys = new ArrayList<>();
        String sql = table.keys().isEmpty() ? "SELECT COUNT(*) > 1 FROM " + table.name()
                : "SELECT " + String.join(", ", table.keys()) + " FROM " + table.name() + " GROUP BY " + String.join(", ", table.keys())
                        + " HAVING COUNT(*) > 1";
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!table.keys().isEmpty()) {
                    List<Object> key = new ArrayList<>();
                    for (int i = 1; i <= table.keys().size(); i++) {
                        key.add(rs.getObject(i));
                    }
                    keys.add(key);
                } else if (rs.getBoolean(1)) {
                    keys.add(List.of());
                }
            }
        }
        connection.commit();
        return keys;
    }

    /** One transaction: the key's oldest rows become one; answers how many rows fewer there are. */
    private static long foldChunk(Connection connection, DeltaTable table, List<Object> key) throws SQLException {
        // <=>: a key column may hold NULL (an index row inserted by hand without its contact's type)
        String ofKey = table.keys().isEmpty() ? "" : " WHERE " + table.keys().stream().map(k -> k + " <=> ?").collect(Collectors.joining(" AND "));
        List<Long> ids = new ArrayList<>();
        long[] sums = new long[table.summed().size()];
        try (PreparedStatement s = connection.prepareStatement("SELECT id, " + String.join(", ", table.summed()) + " FROM "
                + table.name() + ofKey + " ORDER BY id LIMIT " + CHUNK + " FOR UPDATE")) {
            bindKey(s, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] += rs.getLong(i + 2);
                    }
                }
            }
        }
        if (ids.size() < 2) {
            connection.commit();
            return 0;
        }
        // the locked rows are exactly the key's rows in this id range: ids only grow, and a row inserted
        // later with a lower id would have been locked by its writer and waited for above
        String range = (table.keys().isEmpty() ? " WHERE " : ofKey + " AND ") + "id BETWEEN ? AND ?";
        List<String> columns = new ArrayList<>(table.keys());
        columns.addAll(table.summed());
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.name() + range);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name() + " (" + String.join(", ", columns)
                     + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
            int p = bindKey(delete, key);
            delete.setLong(p++, ids.get(0));
            delete.setLong(p, ids.get(ids.size() - 1));
            int deleted = delete.executeUpdate();
            if (deleted != ids.size()) {
                throw new IllegalStateException("Folding " + table.name() + (key.isEmpty() ? "" : " for " + key) + ": locked "
                        + ids.size() + " rows, deleted " + deleted);
            }
            p = bindKey(insert, key);
            for (long sum : sums) {
                insert.setLong(p++, sum);
            }
            insert.executeUpdate();
        }
        connection.commit();
        return ids.size() - 1L;
    }

    /** Binds the key's values from the first parameter on; answers the next parameter's position. */
    private static int bindKey(PreparedStatement statement, List<Object> key) throws SQLException {
        int p = 1;
        for (Object value : key) {
            statement.setObject(p++, value);
        }
        return p;
    }
}
