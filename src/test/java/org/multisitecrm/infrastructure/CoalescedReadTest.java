package org.multisitecrm.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Callers share reads, and none is ever answered by a read that began before it asked. */
class CoalescedReadTest {

    @Test
    void aLoneCallerReadsEachTime() {
        AtomicInteger reads = new AtomicInteger();
        CoalescedRead<Integer> read = new CoalescedRead<>(reads::incrementAndGet);
        assertEquals(1, read.get());
        assertEquals(2, read.get());
        assertEquals(3, read.get());
    }

    @Test
    void callersArrivingDuringAReadShareTheNextOneNotTheOneUnderWay() throws Exception {
        CountDownLatch firstBegun = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        CoalescedRead<Integer> read = new CoalescedRead<>(() -> {
            int number = reads.incrementAndGet();
            if (number == 1) {
                firstBegun.countDown();
                await(releaseFirst);
            }
            return number;
        });
        ExecutorService threads = Executors.newFixedThreadPool(9);
        try {
            Future<Integer> first = threads.submit(read::get);
            assertTrue(firstBegun.await(10, TimeUnit.SECONDS));
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                later.add(threads.submit(read::get));
            }
            // the later callers are all waiting once the thread pool has started them; give them the chance to queue
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (((ThreadPoolExecutor) threads).getActiveCount() < 9 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            releaseFirst.countDown();
            assertEquals(1, first.get(10, TimeUnit.SECONDS), "the first caller gets its own read");
            for (Future<Integer> f : later) {
                assertTrue(f.get(10, TimeUnit.SECONDS) >= 2, "a caller that asked while read 1 was under way is never answered by it");
            }
            assertTrue(reads.get() <= 9, "at most one read per caller");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedReadFailsItsCallerAndTheNextCallerReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        CoalescedRead<Integer> read = new CoalescedRead<>(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return reads.get();
        });
        assertThrows(IllegalStateException.class, read::get);
        assertEquals(2, read.get());
    }

    @Test
    void manyCallersNeverSeeAValueOlderThanTheirCall() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        CoalescedRead<Integer> read = new CoalescedRead<>(writes::get);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                results.add(threads.submit(() -> {
                    int written = writes.incrementAndGet();
                    return read.get() >= written;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get(30, TimeUnit.SECONDS), "a write made before the call is seen by it");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
