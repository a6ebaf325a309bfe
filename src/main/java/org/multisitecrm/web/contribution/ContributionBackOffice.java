package org.multisitecrm.web.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * The contribution pages' unit of work: each call one transaction through the catalogue, so a user sees
 * the contribution, its lines and its payments exactly as the API answers them, and a payment recorded
 * here meets every rule of Payment.create.
 */
@ApplicationScoped
@Transactional
public class ContributionBackOffice {

    static final List<String> FIELDS = List.of("id", "contact_id", "contact_id.display_name", "financial_type_id.name",
            "total_amount", "currency", "receive_date", "contribution_status_id", "invoice_id", "trxn_id", "source");
    private static final List<String> LINE_FIELDS = List.of("id", "label", "qty", "unit_price", "line_total", "entity_table");
    private static final List<String> PAYMENT_FIELDS = List.of("id", "trxn_date", "total_amount", "fee_amount", "payment_instrument_id",
            "trxn_id", "check_number", "pan_truncation");
    private static final int ROWS = 200;

    @Inject
    private CatalogReads reads;
    @Inject
    private CatalogWrites writes;
    @Inject
    private EntityCatalog entities;

    public Map<String, Object> contribution(long id) {
        return Rows.plain(reads.one("Contribution", id, FIELDS));
    }

    public List<Map<String, Object>> lines(long id) {
        return reads.rows("LineItem", LINE_FIELDS, of(id), JsonObject.EMPTY_JSON_OBJECT, 0, ROWS).stream().map(Rows::plain).toList();
    }

    public List<Map<String, Object>> payments(long id) {
        return reads.rows("Payment", PAYMENT_FIELDS, of(id), JSON.createObjectBuilder().add("id", "ASC").build(), 0, ROWS).stream()
                .map(Rows::plain).toList();
    }

    public Map<String, String> statuses() {
        return OptionLabels.of(reads, "contribution_status");
    }

    public Map<String, String> instruments() {
        return OptionLabels.of(reads, "payment_instrument");
    }

    /** A payment, or with a negative amount a refund, as Payment.create records it. */
    public void record(long contributionId, BigDecimal amount, Long instrumentId, String trxnId, String checkNumber) {
        JsonObjectBuilder values = JSON.createObjectBuilder().add("contribution_id", contributionId);
        if (amount == null) {
            values.addNull("total_amount");
        } else {
            values.add("total_amount", amount);
        }
        if (instrumentId != null) {
            values.add("payment_instrument_id", instrumentId);
        }
        if (trxnId != null && !trxnId.isBlank()) {
            values.add("trxn_id", trxnId.trim());
        }
        if (checkNumber != null && !checkNumber.isBlank()) {
            values.add("check_number", checkNumber.trim());
        }
        writes.create(entities.require("Payment"), values.build());
    }

    private static JsonArray of(long contributionId) {
        return JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("contribution_id").add("=").add(contributionId)).build();
    }
}
