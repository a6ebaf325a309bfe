package org.multisitecrm.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.util.List;
import java.util.Optional;

/**
 * Charging through a domain's processors. A processor is found in the request domain's scope, so a
 * domain only ever charges through its own (another's id is missing, as one that never was); an inactive
 * one takes nothing; the kind of processor is chosen by its type's class name.
 */
@ApplicationScoped
public class PaymentProcessors {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Instance<ProcessorKind> kinds;

    @Transactional
    public Charge charge(long processorId, ChargeRequest request) {
        PaymentProcessor processor = active(processorId).orElseThrow(() ->
                new InvalidInput("payment_processor_id", "no active PaymentProcessor has id " + processorId));
        String className = processor.getPaymentProcessorType().getClassName();
        ProcessorKind kind = kinds.stream().filter(k -> k.className().equals(className)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no processor kind implements " + className));
        return kind.charge(processor, request);
    }

    /** The active processor of this domain with that id. */
    @Transactional
    public Optional<PaymentProcessor> active(long processorId) {
        return Optional.ofNullable(em.find(PaymentProcessor.class, processorId)).filter(PaymentProcessor::isActive);
    }

    /** Of these ids, the active processors of this domain, in the order given. */
    @Transactional
    public List<PaymentProcessor> offered(List<Long> processorIds) {
        return processorIds.stream().map(this::active).flatMap(Optional::stream).toList();
    }
}
