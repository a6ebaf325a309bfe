package org.multisitecrm.api4;

/**
 * How much one request may ask of the server. Each bound is far above what CiviCRM's own clients send
 * and far below what would hold a thread, a connection or MariaDB for long; exceeding one is a 400 (or
 * 413 for the body) naming the limit, before any work is done.
 */
public final class ApiLimits {

    /** Nesting of arrays and objects in {@code params} or {@code calls}. */
    public static final int MAX_JSON_DEPTH = 32;
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
    /** How deep a chain may nest chains. */
    public static final int MAX_CHAIN_DEPTH = 3;
    /** Calls one request may make, counting each chained call and each call of a batch. */
    public static final int MAX_CALLS = 1_000;
    /** Calls in one batch. */
    public static final int MAX_BATCH = 100;
    /** The largest offset (and page start of an autocomplete). */
    public static final int MAX_OFFSET = 10_000_000;
    /** Records in one save or replace. */
    public static final int MAX_RECORDS = 1_000;

    private ApiLimits() {
    }
}
