package org.multisitecrm.infrastructure;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work a server repeats on its own managed executor rather than an EJB timer: Payara Micro keeps EJB
 * timers in its data grid, which a single server then has to start (about 3 s of every start) for
 * nothing. A run that fails is logged and the next one still comes; runs never overlap.
 */
public final class RepeatingWork {

    private static final Logger LOG = Logger.getLogger(RepeatingWork.class.getName());

    private RepeatingWork() {
    }

    public static ScheduledFuture<?> every(ManagedScheduledExecutorService executor, Duration first, Duration period,
                                           String what, Runnable work) {
        return executor.scheduleAtFixedRate(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // an exception escaping a repeated task would cancel every later run
                LOG.log(Level.SEVERE, what + " failed; it runs again in " + period.toSeconds() + " s", e);
            }
        }, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
