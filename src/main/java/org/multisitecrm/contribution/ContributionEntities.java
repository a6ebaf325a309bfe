package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * The kinds of money (shared by every domain as in CiviCRM, so changed only by head office) and the
 * contributions, written by the rules of {@link ContributionService}.
 */
@ApplicationScoped
public class ContributionEntities implements EntityContributor {

    @Inject
    private ContributionRecordWriter contributionWriter;
    @Inject
    private PaymentRecordWriter paymentWriter;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("FinancialType", FinancialType.class, "Kinds of money received: Donation, Member Dues...")
                        .fields("id", "name", "description", "is_deductible", "is_reserved", "is_active")
                        .readOnly("is_reserved")
                        .offeredAsOptions()
                        .administeredAsConfiguration(),
                entity("Contribution", Contribution.class, "Money contacts gave: amount, kind, date and status.")
                        .fields("id", "contact_id", "financial_type_id", "payment_instrument_id", "receive_date", "total_amount",
                                "fee_amount", "net_amount", "trxn_id", "invoice_id", "currency", "cancel_date", "cancel_reason",
                                "source", "contribution_status_id", "is_test", "is_pay_later")
                        .readOnly("net_amount")
                        .computedUnlessGiven("currency")
                        .foreignKey("contact_id", "Contact").foreignKey("financial_type_id", "FinancialType")
                        .optionsFrom("contribution_status_id", "contribution_status")
                        .optionsFrom("payment_instrument_id", "payment_instrument")
                        .writtenBy(contributionWriter),
                entity("LineItem", LineItem.class, "The lines of an order: what was bought, how many, at what price.")
                        .fields("id", "contribution_id", "entity_table", "entity_id", "label", "qty", "unit_price", "line_total",
                                "financial_type_id")
                        .foreignKey("contribution_id", "Contribution").foreignKey("financial_type_id", "FinancialType"),
                entity("Payment", FinancialTrxn.class, "Payments and refunds (negative) of contributions; recorded, never changed.")
                        .fields("id", "contribution_id", "trxn_date", "total_amount", "fee_amount", "net_amount", "currency", "trxn_id",
                                "trxn_result_code", "status_id", "payment_instrument_id", "payment_processor_id", "check_number",
                                "pan_truncation", "is_payment")
                        .readOnly("net_amount", "currency", "status_id", "is_payment")
                        .computedUnlessGiven("trxn_date")
                        .foreignKey("contribution_id", "Contribution").foreignKey("payment_processor_id", "PaymentProcessor")
                        .optionsFrom("payment_instrument_id", "payment_instrument")
                        .optionsFrom("status_id", "contribution_status")
                        .writtenBy(paymentWriter));
    }
}
