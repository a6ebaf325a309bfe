package org.multisitecrm.catalog;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An index that holds an entity's rows as the caller sees them, in order, with their count: it answers
 * a plain read (no condition but the entity's default filter, no join, no grouping) without walking the
 * table under the row criteria, which for a wide branch means probing every row. The count is the
 * index's own; the rows of a page are only chosen by it and are then read through the row criteria
 * like any other, so an index that named a row out of sight would shorten the page, never show it. An
 * index may also count the rows with one value of a field ({@link #countedBy()}): a count of one contact
 * type, which a search screen asks as often as the total.
 */
public interface IndexedReads {

    /** Whether this index holds {@code entity}'s rows. */
    boolean serves(CatalogEntity entity);

    /** The one field the index keeps the rows in order of, ascending and then by id. */
    String sortField();

    /** How many rows the caller sees that pass the entity's default filter, when the index knows. */
    OptionalLong count();

    /** The field whose values the index also keeps counts for, if any: see {@link #count(String, Object)}. */
    default Optional<String> countedBy() {
        return Optional.empty();
    }

    /**
     * How many rows the caller sees that pass the default filter and whose {@code field} equals {@code value}
     * (a value of the field's Java type), when the index keeps that count.
     */
    default OptionalLong count(String field, Object value) {
        return OptionalLong.empty();
    }

    /**
     * The ids of the page in the order of {@link #sortField()} ascending, then id, when the index knows;
     * an empty list past the end.
     */
    Optional<List<Long>> page(int offset, int limit);
}
