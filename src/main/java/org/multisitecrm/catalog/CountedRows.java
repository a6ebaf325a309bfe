package org.multisitecrm.catalog;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows an operation answers, with how many matched in all: a page of a larger result, or none when
 * only the count was asked ({@code SearchDisplay.run} with {@code return: "row_count"}).
 */
public final class CountedRows extends ArrayList<JsonObject> {

    private final long matched;

    public CountedRows(List<JsonObject> rows, long matched) {
        super(rows);
        this.matched = matched;
    }

    public long matched() {
        return matched;
    }
}
