package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.setting.EffectiveSettings;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Contributions recorded by hand or by an integration: a contact the caller may edit, an active
 * financial type, amounts in cents with the net derived, and the domain's default currency unless
 * another is given. Whether another domain sees them is the separation table's choice (shared: whoever
 * sees the contact; domain: the domain it was given to alone), applied below like every rule of rows.
 */
@ApplicationScoped
public class ContributionService {

    static final String DEFAULT_CURRENCY = "defaultCurrency";
    /** Statuses a contribution reaches through its payments alone (Completed also when recorded as paid in full). */
    private static final Set<Long> FOLLOWS_PAYMENTS = Set.of(OrderBalance.COMPLETED, OrderBalance.PARTIALLY_PAID,
            OrderBalance.REFUNDED, 9L, 10L);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private EffectiveSettings settings;

    @Inject
    private PaymentService payments;

    /**
     * A contribution recorded by hand or by an integration. One recorded as Completed is paid in full at
     * once (CiviCRM records its payment too), so its payments always add up to what it says was paid;
     * the statuses that only payments give are refused here.
     */
    @Transactional
    public Contribution create(ContributionSpec spec) {
        requireContact(spec);
        long status = spec.contributionStatusId() != null ? spec.contributionStatusId() : OrderBalance.COMPLETED;
        if (status != OrderBalance.COMPLETED && FOLLOWS_PAYMENTS.contains(status)) {
            throw followsPayments();
        }
        Contribution contribution = Contribution.create();
        contribution.apply(spec, checked(spec));
        em.persist(contribution);
        em.flush();
        if (status == OrderBalance.COMPLETED && contribution.getTotalAmount().signum() > 0) {
            em.persist(new FinancialTrxn(contribution, new PaymentSpec(contribution.getId(), contribution.getTotalAmount(),
                    contribution.getFeeAmount(), contribution.getReceiveDate() != null ? contribution.getReceiveDate()
                    : LocalDateTime.now().withNano(0), contribution.getTrxnId(), null, contribution.getPaymentInstrumentId(), null, null, null),
                    contribution.getTotalAmount(), contribution.getFeeAmount(), OrderBalance.COMPLETED));
            em.flush();
        }
        return contribution;
    }

    /**
     * An order (CiviCRM's Order.create): a Pending contribution whose total is the sum of its lines, each
     * line naming what it bought ({@code entityIds}, in order; null for the contribution itself). A
     * contribution without a given invoice id gets a random one, as CiviCRM's. Nothing is owed on a free
     * order: it is completed at once, once the caller has linked what it bought (see {@link #settleIfFree}).
     */
    @Transactional
    public Contribution placeOrder(ContributionSpec spec, List<OrderLine> lines, List<Long> entityIds) {
        requireContact(spec);
        for (OrderLine line : lines) {
            activeFinancialType(line.field() + ".financial_type_id", line.financialTypeId());
        }
        BigDecimal total = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        ContributionSpec order = new ContributionSpec(spec.contactId(), spec.financialTypeId(), spec.paymentInstrumentId(),
                spec.receiveDate(), total, spec.feeAmount(), spec.trxnId(),
                spec.invoiceId() != null ? spec.invoiceId() : newInvoiceId(), spec.currency(), null, null, spec.source(),
                OrderBalance.PENDING, spec.isTest(), true);
        Contribution contribution = Contribution.create();
        contribution.apply(order, checked(order));
        em.persist(contribution);
        em.flush();
        for (int i = 0; i < lines.size(); i++) {
            Long entityId = entityIds.get(i);
            em.persist(new LineItem(contribution, lines.get(i), entityId != null ? entityId : contribution.getId()));
        }
        em.flush();
        return contribution;
    }

    /** A free order is paid by nothing: completed, and announced, once what it bought is linked to it. */
    @Transactional
    public void settleIfFree(long contributionId) {
        Contribution contribution = get(contributionId);
        if (contribution.getTotalAmount().signum() == 0 && contribution.getContributionStatusId() == OrderBalance.PENDING) {
            payments.settle(contribution, OrderBalance.COMPLETED);
        }
    }

    /**
     * Changes a contribution. Its total and the statuses payments give follow its line items and
     * payments, never an update: a Pending one may be cancelled (or fail) while nothing is paid.
     */
    @Transactional
    public Contribution update(long id, ContributionSpec spec) {
        Contribution contribution = em.find(Contribution.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (contribution == null) {
            throw new NotFound("Contribution", id);
        }
        long from = contribution.getContributionStatusId();
        long to = spec.contributionStatusId() != null ? spec.contributionStatusId() : from;
        OrderBalance balance = payments.balance(contribution);
        boolean settled = hasLinesOrPayments(contribution);
        if (settled && spec.totalAmount() != null && spec.totalAmount().compareTo(contribution.getTotalAmount()) != 0) {
            throw new InvalidInput("total_amount", "is the sum of the contribution's line items and payments: record a Payment"
                    + " (a negative one for a refund) or place a new order");
        }
        if (to != from) {
            if (FOLLOWS_PAYMENTS.contains(to)) {
                throw followsPayments();
            }
            if (balance.paid().signum() != 0) {
                throw new InvalidInput("contribution_status_id", balance.paid().toPlainString()
                        + " has been paid: refund it with a negative Payment first");
            }
        }
        contribution.apply(new ContributionSpec(spec.contactId(), spec.financialTypeId(), spec.paymentInstrumentId(),
                spec.receiveDate(), spec.totalAmount(), spec.feeAmount(), spec.trxnId(), spec.invoiceId(), spec.currency(),
                spec.cancelDate(), spec.cancelReason(), spec.source(), from, spec.isTest(), spec.isPayLater()), checked(spec));
        em.flush();
        payments.settle(contribution, to);
        return contribution;
    }

    private boolean hasLinesOrPayments(Contribution contribution) {
        return em.createQuery("SELECT COUNT(l) FROM LineItem l WHERE l.contributionId = :c", Long.class)
                .setParameter("c", contribution.getId()).getSingleResult() > 0
                || em.createQuery("SELECT COUNT(t) FROM FinancialTrxn t WHERE t.contributionId = :c", Long.class)
                .setParameter("c", contribution.getId()).getSingleResult() > 0;
    }

    private void activeFinancialType(String field, Long id) {
        FinancialType type = id == null ? null : em.find(FinancialType.class, id);
        if (type == null) {
            throw new InvalidInput(field, "no FinancialType has id " + id);
        }
        if (!type.isActive()) {
            throw new InvalidInput(field, "financial type '" + type.getName() + "' is not active");
        }
    }

    private void requireContact(ContributionSpec spec) {
        if (spec.contactId() == null || em.find(Contact.class, spec.contactId()) == null) {
            throw new InvalidInput("contact_id", "no Contact has id " + spec.contactId());
        }
    }

    private static InvalidInput followsPayments() {
        return new InvalidInput("contribution_status_id", "Completed, Partially paid and Refunded follow the contribution's"
                + " payments: record a Payment (a negative one for a refund) with Payment.create");
    }

    private static String newInvoiceId() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    @Transactional
    public void delete(long id) {
        em.remove(get(id));
        em.flush();
    }

    @Transactional
    public Contribution get(long id) {
        Contribution contribution = em.find(Contribution.class, id);
        if (contribution == null) {
            throw new NotFound("Contribution", id);
        }
        return contribution;
    }

    private ContributionAmounts checked(ContributionSpec spec) {
        activeFinancialType("financial_type_id", spec.financialTypeId());
        String currency = spec.currency() != null ? spec.currency() : settings.textValue(DEFAULT_CURRENCY).orElse(null);
        return ContributionAmounts.of(spec.totalAmount(), spec.feeAmount(), currency);
    }
}
