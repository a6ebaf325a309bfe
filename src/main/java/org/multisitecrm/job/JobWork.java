package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * A job's work, outside whatever transaction asked for it (an API call's {@code Job.execute}, a page's
 * "Run now"): the handler opens its own transactions, which commit before its run is logged. Joined to
 * the caller's, a purge's locks would be held until the caller's end and block the log of its own run.
 */
@ApplicationScoped
public class JobWork {

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T outsideTransaction(Supplier<T> work) {
        return work.get();
    }
}
