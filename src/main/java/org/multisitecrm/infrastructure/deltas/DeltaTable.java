package org.multisitecrm.infrastructure.deltas;

import java.util.List;

/**
 * A table of deltas: an auto-increment {@code id}, optionally a key column whose rows are summed
 * apart (a viewer domain), and the columns that are summed.
 *
 * @param name    the table
 * @param key     the column rows are grouped by, or null when the whole table is one sum
 * @param summed  the columns that hold deltas
 */
public record DeltaTable(String name, String key, List<String> summed) {

    public DeltaTable {
        summed = List.copyOf(summed);
        if (summed.isEmpty()) {
            throw new IllegalArgumentException(name + " sums no column");
        }
    }

    public static DeltaTable keyed(String name, String key, String... summed) {
        return new DeltaTable(name, key, List.of(summed));
    }

    public static DeltaTable whole(String name, String... summed) {
        return new DeltaTable(name, null, List.of(summed));
    }
}
