package org.multisitecrm.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * For in-container tests: work in a transaction of its own, as an API call's action runs in one. A bean
 * of its own, so that {@link InContainer} stays a plain bean (an intercepted method made it a subclass
 * whose persistence context was closed under some tests).
 */
@ApplicationScoped
public class InTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
