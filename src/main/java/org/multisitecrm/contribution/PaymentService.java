package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.payment.PaymentProcessor;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Payments and refunds (CiviCRM's Payment.create): each one recorded against a contribution the caller
 * sees, with the contribution row locked so two payments racing cannot together pay more than is owed;
 * the contribution's status then follows its payments ({@link OrderBalance}), and a status that moved is
 * announced as {@link ContributionStatusChanged} in the same transaction.
 */
@ApplicationScoped
public class PaymentService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private Event<ContributionStatusChanged> statusChanged;

    @Transactional
    public FinancialTrxn record(PaymentSpec spec) {
        Contribution contribution = spec.contributionId() == null ? null
                : em.find(Contribution.class, spec.contributionId(), LockModeType.PESSIMISTIC_WRITE);
        if (contribution == null) {
            throw new InvalidInput("contribution_id", "no Contribution has id " + spec.contributionId());
        }
        if (spec.totalAmount() == null) {
            throw new InvalidInput("total_amount", "is required");
        }
        BigDecimal amount = Money.signedCents("total_amount", spec.totalAmount());
        BigDecimal fee = spec.feeAmount() == null ? null : Money.cents("fee_amount", spec.feeAmount());
        if (fee != null && fee.compareTo(amount.abs()) > 0) {
            throw new InvalidInput("fee_amount", "is " + fee.toPlainString() + ", more than the payment of " + amount.abs().toPlainString());
        }
        if (spec.paymentProcessorId() != null && em.find(PaymentProcessor.class, spec.paymentProcessorId()) == null) {
            throw new InvalidInput("payment_processor_id", "no PaymentProcessor has id " + spec.paymentProcessorId());
        }
        OrderBalance before = balance(contribution);
        OrderBalance after = before.pay(amount);
        FinancialTrxn payment = new FinancialTrxn(contribution, withDate(spec), amount, fee,
                amount.signum() < 0 ? OrderBalance.REFUNDED : OrderBalance.COMPLETED);
        em.persist(payment);
        em.flush();
        settle(contribution, after.status());
        return payment;
    }

    /** What has been paid towards the contribution and the status that gives. */
    @Transactional
    public OrderBalance balance(Contribution contribution) {
        BigDecimal paid = em.createQuery("SELECT COALESCE(SUM(t.totalAmount), 0) FROM FinancialTrxn t WHERE t.contributionId = :c",
                BigDecimal.class).setParameter("c", contribution.getId()).getSingleResult();
        return new OrderBalance(contribution.getTotalAmount(), paid.setScale(2), contribution.getContributionStatusId());
    }

    /** Moves the contribution to a status and tells whoever listens, when it moved. */
    void settle(Contribution contribution, long status) {
        long from = contribution.getContributionStatusId();
        if (from != status) {
            contribution.settle(status);
            em.flush();
            statusChanged.fire(new ContributionStatusChanged(contribution.getId(), from, status));
        }
    }

    private static PaymentSpec withDate(PaymentSpec spec) {
        return spec.trxnDate() != null ? spec : new PaymentSpec(spec.contributionId(), spec.totalAmount(), spec.feeAmount(),
                LocalDateTime.now().withNano(0), spec.trxnId(), spec.trxnResultCode(), spec.paymentInstrumentId(),
                spec.paymentProcessorId(), spec.checkNumber(), spec.panTruncation());
    }
}
