package org.multisitecrm.web.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.web.record.OptionLabels;
import org.multisitecrm.web.record.Rows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The membership pages' unit of work: each call one transaction through the catalogue. A renewal is what
 * an integration would send: a renewal order naming the membership, and, when paid at the desk, its
 * payment in full, in the same transaction, so a refusal of either leaves neither.
 */
@ApplicationScoped
@Transactional
public class MembershipBackOffice {

    static final List<String> FIELDS = List.of("id", "contact_id", "contact_id.display_name", "membership_type_id",
            "membership_type_id.name", "membership_type_id.minimum_fee", "status_id.label", "join_date", "start_date", "end_date",
            "source", "owner_membership_id");
    private static final List<String> TYPE_FIELDS = List.of("id", "name", "description", "minimum_fee", "duration_unit",
            "duration_interval", "period_type", "financial_type_id.name", "is_active");
    private static final int ROWS = 200;

    @Inject
    private CatalogReads reads;
    @Inject
    private CatalogWrites writes;
    @Inject
    private EntityCatalog entities;

    public Map<String, Object> membership(long id) {
        return Rows.withMoney(Rows.plain(reads.one("Membership", id, FIELDS)), "membership_type_id.minimum_fee");
    }

    /** The contributions that paid for the membership, newest first. */
    public List<Map<String, Object>> payments(long membershipId) {
        return reads.rows("MembershipPayment", List.of("id", "contribution_id", "contribution_id.receive_date", "contribution_id.total_amount",
                        "contribution_id.contribution_status_id"), where("membership_id", membershipId),
                JSON.createObjectBuilder().add("id", "DESC").build(), 0, ROWS).stream().map(Rows::plain).toList();
    }

    /**
     * Renews the membership for one term: a renewal order at the type's fee, paid in full now when
     * {@code paidWith} names how, else left for a later payment. Answers the order's contribution id.
     */
    public long renew(long membershipId, Long paidWith) {
        JsonObject order = writes.operate(entities.require("Order"), "create", JSON.createObjectBuilder()
                .add("contributionValues", JSON.createObjectBuilder()
                        .add("contact_id", reads.one("Membership", membershipId, List.of("contact_id")).getJsonNumber("contact_id").longValue())
                        .add("source", "Renewal in the back office"))
                .add("lineItems", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("entity_table", "civicrm_membership").add("entity_id", membershipId)))
                .build()).get(0);
        long contributionId = order.getJsonNumber("id").longValue();
        BigDecimal total = order.getJsonNumber("total_amount").bigDecimalValue();
        if (paidWith != null && total.signum() > 0) {
            writes.create(entities.require("Payment"), JSON.createObjectBuilder().add("contribution_id", contributionId)
                    .add("total_amount", total).add("payment_instrument_id", paidWith).build());
        }
        return contributionId;
    }

    public Map<String, String> statuses() {
        return OptionLabels.of(reads, "contribution_status");
    }

    public Map<String, String> instruments() {
        return OptionLabels.of(reads, "payment_instrument");
    }

    /** The domain's membership types, by name. */
    public List<Map<String, Object>> types() {
        return reads.rows("MembershipType", TYPE_FIELDS, JsonArray.EMPTY_JSON_ARRAY, JSON.createObjectBuilder().add("name", "ASC").build(),
                0, ROWS).stream().map(row -> Rows.withMoney(Rows.plain(row), "minimum_fee")).toList();
    }

    /** The active financial types, to book a type's dues as. */
    public List<Map<String, Object>> financialTypes() {
        return reads.rows("FinancialType", List.of("id", "name"), where("is_active", true), JSON.createObjectBuilder().add("name", "ASC").build(),
                0, ROWS).stream().map(Rows::plain).toList();
    }

    /** A new membership type of this domain, its members members of the domain's organisation. */
    public long createType(MembershipTypeForm form, long domainId) {
        long organization = reads.one("Domain", domainId, List.of("contact_id")).getJsonNumber("contact_id").longValue();
        return writes.create(entities.require("MembershipType"), form.values(organization)).getJsonNumber("id").longValue();
    }

    private static JsonArray where(String field, Object value) {
        var clause = JSON.createArrayBuilder().add(field).add("=");
        if (value instanceof Boolean flag) {
            clause.add(flag);
        } else {
            clause.add(((Number) value).longValue());
        }
        return JSON.createArrayBuilder().add(clause).build();
    }
}
