package org.multisitecrm.contributionpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactName;
import org.multisitecrm.contact.ContactService;
import org.multisitecrm.contact.ContactType;
import org.multisitecrm.contact.DomainEmails;
import org.multisitecrm.contribution.Contribution;
import org.multisitecrm.contribution.ContributionService;
import org.multisitecrm.contribution.PaymentService;
import org.multisitecrm.contribution.PaymentSpec;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.membership.MembershipType;
import org.multisitecrm.order.OrderService;
import org.multisitecrm.payment.CardDetails;
import org.multisitecrm.payment.Charge;
import org.multisitecrm.payment.ChargeRequest;
import org.multisitecrm.payment.PaymentProcessor;
import org.multisitecrm.payment.PaymentProcessors;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.tenancy.DomainScope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A domain's public contribution pages. A page is read, and a submission made, in the request domain's
 * scope by the server on the visitor's behalf (a visitor has no login): a page, a membership type or a
 * processor of another domain is missing here, the giver is matched by email among this domain's
 * contacts only (or created in it), and the order, the charge and the payment are one transaction, so a
 * declined card leaves no contact, order or membership behind.
 */
@ApplicationScoped
public class ContributionPageService {

    private static final long CREDIT_CARD = Charge.CREDIT_CARD;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private OrderService orders;
    @Inject
    private ContributionService contributions;
    @Inject
    private PaymentService payments;
    @Inject
    private PaymentProcessors processors;
    @Inject
    private ContactService contacts;
    @Inject
    private DomainEmails emails;

    @Transactional
    public PublicPage open(long pageId) {
        return Caller.system("showing contribution page " + pageId).call(() -> describe(openPage(pageId)));
    }

    @Transactional
    public Receipt submit(Submission submission) {
        return Caller.system("a submission to contribution page " + submission.pageId()).call(() -> take(submission));
    }

    private Receipt take(Submission submission) {
        ContributionPage page = openPage(submission.pageId());
        PublicPage offered = describe(page);
        Optional<PublicPage.Offer> membership = chosenMembership(offered, submission.membershipTypeId());
        BigDecimal amount = chosenAmount(offered, submission.amount());
        if (membership.isEmpty() && amount == null) {
            throw new InvalidInput("amount", "choose a membership or give an amount");
        }
        BigDecimal total = membership.map(PublicPage.Offer::fee).orElse(BigDecimal.ZERO).add(amount == null ? BigDecimal.ZERO : amount);
        PaymentProcessor processor = null;
        CardDetails card = null;
        if (total.signum() > 0) {
            processor = offered.processors().stream().filter(p -> submission.paymentProcessorId() != null && p.id() == submission.paymentProcessorId())
                    .findFirst().flatMap(p -> processors.active(p.id()))
                    .orElseThrow(() -> new InvalidInput("payment_processor_id", "choose one of the page's ways to pay"));
            card = CardDetails.of(submission.cardNumber(), submission.expiryMonth(), submission.expiryYear(), submission.cvv());
        }
        long contactId = giver(submission);
        long orderId = orders.create(order(page, processor, contactId, membership, amount).build());
        Contribution order = contributions.get(orderId);
        if (total.signum() == 0) {
            return new Receipt(orderId, total, order.getCurrency(), null);
        }
        Charge charge = processors.charge(processor.getId(), new ChargeRequest(total, order.getCurrency(), order.getInvoiceId(), card));
        payments.record(PaymentSpec.byProcessor(orderId, total, charge.fee(), charge.trxnId(), charge.processorId(), CREDIT_CARD,
                charge.panTruncation()));
        return new Receipt(orderId, total, order.getCurrency(), charge.trxnId());
    }

    private ContributionPage openPage(long pageId) {
        ContributionPage page = em.find(ContributionPage.class, pageId);
        if (page == null || !page.isOpen(LocalDateTime.now())) {
            throw new NotFound("ContributionPage", pageId);
        }
        return page;
    }

    private PublicPage describe(ContributionPage page) {
        Optional<MembershipBlock> block = em.createQuery("SELECT b FROM MembershipBlock b WHERE b.entityId = :p AND b.isActive = TRUE",
                MembershipBlock.class).setParameter("p", page.getId()).getResultStream().findFirst();
        List<PublicPage.Offer> memberships = block.map(b -> IdList.parse("membership_types", b.getMembershipTypes()).stream()
                .map(id -> em.find(MembershipType.class, id)).filter(t -> t != null && t.isActive())
                .map(t -> new PublicPage.Offer(t.getId(), t.getName(), t.getMinimumFee().setScale(2, RoundingMode.HALF_UP))).toList())
                .orElse(List.of());
        List<PublicPage.Offer> offeredProcessors = processors.offered(IdList.parse("payment_processor", page.getPaymentProcessor())).stream()
                .map(p -> new PublicPage.Offer(p.getId(), p.getTitle() != null ? p.getTitle() : p.getName(), null)).toList();
        return new PublicPage(page.getId(), page.getTitle(), page.getIntroText(), page.getThankyouText(), page.getCurrency(), memberships,
                block.map(MembershipBlock::getMembershipTypeDefault).orElse(null), block.map(MembershipBlock::isRequired).orElse(false),
                page.isAllowOtherAmount(), page.getMinAmount(), page.getMaxAmount(), offeredProcessors);
    }

    private static Optional<PublicPage.Offer> chosenMembership(PublicPage page, Long typeId) {
        if (typeId == null) {
            if (page.membershipRequired()) {
                throw new InvalidInput("membership_type_id", "choose a membership");
            }
            return Optional.empty();
        }
        return Optional.of(page.memberships().stream().filter(m -> m.id() == typeId).findFirst()
                .orElseThrow(() -> new InvalidInput("membership_type_id", "is not one of this page's memberships")));
    }

    private static BigDecimal chosenAmount(PublicPage page, BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return null;
        }
        if (!page.otherAmount()) {
            throw new InvalidInput("amount", "this page takes its memberships' fees only");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("amount", "is an amount in cents above zero");
        }
        if (page.minAmount() != null && amount.compareTo(page.minAmount()) < 0) {
            throw new InvalidInput("amount", "is at least " + page.minAmount().toPlainString());
        }
        if (page.maxAmount() != null && amount.compareTo(page.maxAmount()) > 0) {
            throw new InvalidInput("amount", "is at most " + page.maxAmount().toPlainString());
        }
        return amount;
    }

    /** The domain's contact with this email, or a new one of the domain (CiviCRM's default unsupervised match on email). */
    private long giver(Submission submission) {
        if (submission.email() == null || submission.email().isBlank()) {
            throw new InvalidInput("email", "is required, for the receipt");
        }
        long domainId = DomainScope.require().domainId();
        Optional<Long> known = emails.holder(domainId, submission.email(), 0);
        if (known.isPresent()) {
            return known.get();
        }
        Contact created = contacts.create(ContactType.Individual, new ContactName(blankToNull(submission.firstName()),
                blankToNull(submission.lastName()), null));
        long locationType = em.createQuery("SELECT l.id FROM LocationType l WHERE l.isActive = TRUE ORDER BY l.isDefault DESC, l.id",
                Long.class).setMaxResults(1).getSingleResult();
        contacts.addEmail(created.getId(), locationType, submission.email().trim(), true);
        return created.getId();
    }

    private static JsonObjectBuilder order(ContributionPage page, PaymentProcessor processor, long contactId,
                                           Optional<PublicPage.Offer> membership, BigDecimal amount) {
        JsonObjectBuilder values = JSON.createObjectBuilder().add("contact_id", contactId).add("financial_type_id", page.getFinancialTypeId())
                .add("source", "Online Contribution: " + page.getTitle()).add("is_test", processor != null && processor.isTest());
        if (processor != null) {
            values.add("payment_instrument_id", CREDIT_CARD);
        }
        if (page.getCurrency() != null) {
            values.add("currency", page.getCurrency());
        }
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        membership.ifPresent(m -> lines.add(JSON.createObjectBuilder().add("entity_table", "civicrm_membership")
                .add("entity_id.membership_type_id", m.id())));
        if (amount != null) {
            lines.add(JSON.createObjectBuilder().add("label", "Contribution Amount").add("unit_price", amount)
                    .add("financial_type_id", page.getFinancialTypeId()));
        }
        return JSON.createObjectBuilder().add("contributionValues", values).add("lineItems", lines);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
