package org.multisitecrm.api4;

import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.time.Duration;

/**
 * What one HTTP request may still spend: calls (each call of a batch, each chained call), chain
 * nesting and wall time. Bound by {@link Api4Resource} for the request's thread; a request that runs
 * out is a 400 naming the limit, and the transaction of the call that ran out rolls back whole.
 */
final class CallBudget {

    /** Wall time of one non-streamed request; each SQL statement is bounded separately by the database. */
    static final Duration MAX_REQUEST_TIME = Duration.ofSeconds(30);

    private static final ThreadLocal<CallBudget> CURRENT = new ThreadLocal<>();

    private final long deadline = System.nanoTime() + MAX_REQUEST_TIME.toNanos();
    private int calls;
    private int chainDepth;

    private CallBudget() {
    }

    /** The binding of a budget to a thread. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Binds a fresh budget to the thread until the returned scope closes. */
    static Scope open() {
        CallBudget previous = CURRENT.get();
        CURRENT.set(new CallBudget());
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** One more call; unbound (a call from inside the server) spends nothing. */
    static void spend(String param) {
        CallBudget budget = CURRENT.get();
        if (budget == null) {
            return;
        }
        if (++budget.calls > ApiLimits.MAX_CALLS) {
            throw new InvalidInput(param, "the request makes more than " + ApiLimits.MAX_CALLS + " calls (limit MAX_CALLS)");
        }
        if (System.nanoTime() > budget.deadline) {
            throw new InvalidInput(param, "the request ran longer than " + MAX_REQUEST_TIME.toSeconds()
                    + " s (limit MAX_REQUEST_TIME); ask for less per request");
        }
    }

    /** Runs chained calls one level deeper. */
    static <T> T chained(java.util.function.Supplier<T> work) {
        CallBudget budget = CURRENT.get();
        if (budget == null) {
            return work.get();
        }
        if (budget.chainDepth >= ApiLimits.MAX_CHAIN_DEPTH) {
            throw new InvalidInput("chain", "chains nest deeper than " + ApiLimits.MAX_CHAIN_DEPTH + " levels (limit MAX_CHAIN_DEPTH)");
        }
        budget.chainDepth++;
        try {
            return work.get();
        } finally {
            budget.chainDepth--;
        }
    }
}
