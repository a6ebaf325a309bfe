package org.multisitecrm.api4;

import org.multisitecrm.catalog.QueryLimits;
/**
 * How much one API request may ask of the server, beyond what each query may
 * ({@link org.multisitecrm.catalog.QueryLimits}): how deep its JSON nests, how many calls it makes.
 * Exceeding one is a 400 (or 413 for the body) naming the limit, before any work is done.
 */
public final class ApiLimits {

    /** Nesting of arrays and objects in {@code params} or {@code calls}. */
    public static final int MAX_JSON_DEPTH = 32;
    /** How deep a chain may nest chains. */
    public static final int MAX_CHAIN_DEPTH = 3;
    /** Calls one request may make, counting each chained call and each call of a batch. */
    public static final int MAX_CALLS = 1_000;
    /** Calls in one batch. */
    public static final int MAX_BATCH = 100;

    private ApiLimits() {
    }
}
