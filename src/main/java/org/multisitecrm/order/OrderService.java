package org.multisitecrm.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.contribution.Contribution;
import org.multisitecrm.contribution.ContributionService;
import org.multisitecrm.contribution.ContributionSpec;
import org.multisitecrm.contribution.LineItem;
import org.multisitecrm.contribution.OrderLine;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.membership.Membership;
import org.multisitecrm.membership.MembershipService;
import org.multisitecrm.membership.MembershipType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CiviCRM's Order.create: from one call's contribution values and line items, a Pending contribution
 * whose total is its lines', the memberships it buys (Pending until paid; each of a type of the request
 * domain's own, as every membership is) and the membership payments linking them, all in one
 * transaction: a refusal anywhere leaves nothing behind.
 */
@ApplicationScoped
public class OrderService {

    private static final Set<String> PARAMS = Set.of("contributionValues", "lineItems", "checkPermissions", "chain", "version");
    private static final int MAX_LINES = 100;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private CatalogWrites writes;

    @Inject
    private EntityCatalog entities;

    @Inject
    private ContributionService contributions;

    @Inject
    private MembershipService memberships;

    /** The order's contribution id. */
    @Transactional
    public long create(JsonObject params) {
        for (String key : params.keySet()) {
            if (!PARAMS.contains(key)) {
                throw new InvalidInput(key, "is not a parameter of Order.create (contributionValues, lineItems)");
            }
        }
        if (!(params.get("contributionValues") instanceof JsonObject values)) {
            throw new InvalidInput("contributionValues", "is required: the contribution's values, an object");
        }
        ContributionSpec spec = ContributionSpec.of(writes.checked(entities.require("Contribution"), values), ContributionSpec.NONE);
        if (spec.contactId() == null) {
            throw new InvalidInput("contact_id", "is required to place an order");
        }
        List<LineItemRequest> requests = lines(params.get("lineItems"), spec);
        List<OrderLine> lines = new ArrayList<>();
        List<Long> bought = new ArrayList<>();
        List<Membership> ofOrder = new ArrayList<>();
        for (LineItemRequest request : requests) {
            if (request.isMembership()) {
                Membership membership = membershipFor(request, spec);
                MembershipType type = em.find(MembershipType.class, membership.getMembershipTypeId());
                lines.add(OrderLine.of(request.field(), request.entityTable(), request.label() != null ? request.label() : type.getName(),
                        request.qty(), request.unitPrice() != null || request.lineTotal() != null ? request.unitPrice() : type.getMinimumFee(),
                        request.lineTotal(), financialType(request, type.getFinancialTypeId())));
                bought.add(membership.getId());
                ofOrder.add(membership);
            } else {
                lines.add(OrderLine.of(request.field(), request.entityTable(), request.label() != null ? request.label() : "Contribution Amount",
                        request.qty(), request.unitPrice(), request.lineTotal(), financialType(request, spec.financialTypeId())));
                bought.add(null);
            }
        }
        BigDecimal total = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (spec.totalAmount() != null && spec.totalAmount().compareTo(total) != 0) {
            throw new InvalidInput("total_amount", "is " + spec.totalAmount().toPlainString() + " but the line items add up to "
                    + total.toPlainString() + ": an order's total is its lines'");
        }
        ContributionSpec order = spec.financialTypeId() != null ? spec : withFinancialType(spec, lines.get(0).financialTypeId());
        Contribution contribution = contributions.placeOrder(order, lines, bought);
        for (Membership membership : ofOrder) {
            em.persist(new MembershipPayment(membership.getId(), contribution.getId(), membership.getContactId()));
        }
        em.flush();
        contributions.settleIfFree(contribution.getId());
        return contribution.getId();
    }

    /** The lines asked for; without any, one donation line of the contribution's total_amount (CiviCRM's default line). */
    private static List<LineItemRequest> lines(JsonValue value, ContributionSpec spec) {
        if (value == null || value == JsonValue.NULL || value instanceof JsonArray array && array.isEmpty()) {
            if (spec.totalAmount() == null) {
                throw new InvalidInput("lineItems", "are required, or the contribution's total_amount for a single donation line");
            }
            return List.of(new LineItemRequest("contributionValues", LineItem.CONTRIBUTION_TABLE, null, null, null, null,
                    spec.totalAmount(), spec.financialTypeId(), null, null, null, null));
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInput("lineItems", "is an array of line items");
        }
        if (array.size() > MAX_LINES) {
            throw new InvalidInput("lineItems", "holds at most " + MAX_LINES + " lines");
        }
        List<LineItemRequest> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            lines.add(LineItemRequest.parse("lineItems[" + i + "]", array.get(i)));
        }
        return lines;
    }

    /** A new Pending membership of one of this domain's types, or an existing one the caller sees, to renew once paid. */
    private Membership membershipFor(LineItemRequest request, ContributionSpec spec) {
        if (request.entityId() != null) {
            try {
                return memberships.get(request.entityId());
            } catch (org.multisitecrm.security.NotFound missing) {
                throw new InvalidInput(request.field() + ".entity_id", "no Membership has id " + request.entityId());
            }
        }
        try {
            return memberships.createPending(request.membershipContactId() != null ? request.membershipContactId() : spec.contactId(),
                    request.membershipTypeId(), request.joinDate(), request.source() != null ? request.source() : spec.source());
        } catch (InvalidInput refused) {
            throw new InvalidInput(request.field() + ".entity_id." + refused.field(), refused.getMessage()
                    .substring(refused.field().length() + 2));
        }
    }

    private static long financialType(LineItemRequest request, Long fallback) {
        Long type = request.financialTypeId() != null ? request.financialTypeId() : fallback;
        if (type == null) {
            throw new InvalidInput(request.field() + ".financial_type_id", "is required (or the contribution's financial_type_id)");
        }
        return type;
    }

    private static ContributionSpec withFinancialType(ContributionSpec spec, long financialTypeId) {
        return new ContributionSpec(spec.contactId(), financialTypeId, spec.paymentInstrumentId(), spec.receiveDate(),
                spec.totalAmount(), spec.feeAmount(), spec.trxnId(), spec.invoiceId(), spec.currency(), spec.cancelDate(),
                spec.cancelReason(), spec.source(), spec.contributionStatusId(), spec.isTest(), spec.isPayLater());
    }
}
