package org.multisitecrm.infrastructure.deltas;

import java.util.List;

/**
 * A table of deltas: an auto-increment {@code id}, the key columns whose rows are summed apart (a
 * viewer domain and a contact type), none when the whole table is one sum, and the columns that are summed.
 *
 * @param name    the table
 * @param keys    the columns rows are grouped by; empty when the whole table is one sum
 * @param summed  the columns that hold deltas
 */
public record DeltaTable(String name, List<String> keys, List<String> summed) {

    public DeltaTable {
        keys = List.copyOf(keys);
        summed = List.copyOf(summed);
        if (summed.isEmpty()) {
            throw new IllegalArgumentException(name + " sums no column");
        }
    }

    public static DeltaTable keyed(String name, List<String> keys, String... summed) {
        return new DeltaTable(name, keys, List.of(summed));
    }

    public static DeltaTable whole(String name, String... summed) {
        return new DeltaTable(name, List.of(), List.of(summed));
    }
}
