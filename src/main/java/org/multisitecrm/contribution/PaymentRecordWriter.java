package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;
import org.multisitecrm.infrastructure.validation.InvalidInput;

/** Payments through {@link PaymentService}: recorded, never changed or deleted; a refund puts a mistake right. */
@ApplicationScoped
class PaymentRecordWriter implements RecordWriter {

    @Inject
    private PaymentService payments;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return payments.record(new PaymentSpec(values.getOr("contribution_id", null), values.getOr("total_amount", null),
                values.getOr("fee_amount", null), values.getOr("trxn_date", null), values.getOr("trxn_id", null),
                values.getOr("trxn_result_code", null), values.getOr("payment_instrument_id", null),
                values.getOr("payment_processor_id", null), values.getOr("check_number", null),
                values.getOr("pan_truncation", null))).getId();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        throw new InvalidInput("id", "a payment is not deleted: record a refund (a Payment with a negative total_amount)");
    }
}
