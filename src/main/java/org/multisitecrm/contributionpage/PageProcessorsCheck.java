package org.multisitecrm.contributionpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.payment.PaymentProcessors;

/**
 * A page takes cards through its domain's own processors only: each id must be an active processor
 * found in the request domain's scope (another domain's is refused as missing). Run on every write.
 */
@ApplicationScoped
class PageProcessorsCheck implements RecordCheck {

    @Inject
    private PaymentProcessors processors;

    @Override
    public void check(Long id, RecordValues values) {
        if (values.has("payment_processor")) {
            for (long processor : IdList.parse("payment_processor", (String) values.get("payment_processor"))) {
                if (processors.active(processor).isEmpty()) {
                    throw new InvalidInput("payment_processor", "no active PaymentProcessor has id " + processor);
                }
            }
        }
    }
}
