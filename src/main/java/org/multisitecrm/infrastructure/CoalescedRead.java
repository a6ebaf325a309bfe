package org.multisitecrm.infrastructure;

import java.util.function.Supplier;

/**
 * A read that concurrent callers share without ever getting an answer older than their own call:
 * each caller gets the result of a read that began after it asked. One read runs at a time; callers
 * arriving while it runs wait for the next one, which the first of them starts. Under load a single
 * read answers a whole batch of callers; a lone caller reads for itself, as without this class.
 *
 * <p>For values that must be current at each call but cost a round trip to the database to know
 * (a generation number), where one round trip per call is what limits throughput.
 */
public final class CoalescedRead<T> {

    private final Supplier<T> read;
    private final Object lock = new Object();
    /** Reads begun so far; the one under way, if any, has this number. */
    private long begun;
    /** The number of the last read that ended, and its result. */
    private long ended;
    private T lastResult;
    private boolean underWay;

    public CoalescedRead(Supplier<T> read) {
        this.read = read;
    }

    /** The result of a read begun after this call; shared with callers who asked at the same time. */
    public T get() {
        long mine;
        synchronized (lock) {
            // a read already under way may have begun before a write this caller must see: only the next one will do
            long needed = begun + 1;
            while (ended < needed && underWay) {
                waitForTheReadUnderWay();
            }
            if (ended >= needed) {
                return lastResult;
            }
            underWay = true;
            mine = ++begun;
        }
        T result = null;
        try {
            result = read.get();
            return result;
        } finally {
            synchronized (lock) {
                // a read that failed ends too, with no result: its waiters are woken and one of them reads again
                underWay = false;
                if (result != null) {
                    ended = mine;
                    lastResult = result;
                }
                lock.notifyAll();
            }
        }
    }

    private void waitForTheReadUnderWay() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a shared read", e);
        }
    }
}
