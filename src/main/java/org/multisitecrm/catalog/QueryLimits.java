package org.multisitecrm.catalog;

/**
 * How much one query or write of the catalogue may ask of MariaDB, whoever asks (the API, the back
 * office, a job). Each bound is far above what CiviCRM's own clients send and far below what would
 * hold a connection for long; exceeding one is a 400 naming the limit, before any work is done.
 */
public final class QueryLimits {

    /** Nesting of OR/AND/NOT in a where. */
    public static final int MAX_WHERE_DEPTH = 8;
    /** Conditions (leaves) in one where, join conditions included. */
    public static final int MAX_CONDITIONS = 200;
    /** Values of one IN or NOT IN. */
    public static final int MAX_IN_VALUES = 5_000;
    /** Entries of {@code select}, {@code groupBy} and {@code orderBy}. */
    public static final int MAX_SELECT = 100;
    /** Joined entities, explicit and implicit: MariaDB refuses a statement of more than 61 tables. */
    public static final int MAX_JOINS = 6;
    /** The largest offset (and page start of an autocomplete). */
    public static final int MAX_OFFSET = 10_000_000;
    /** Records in one save or replace. */
    public static final int MAX_RECORDS = 1_000;

    private QueryLimits() {
    }
}
