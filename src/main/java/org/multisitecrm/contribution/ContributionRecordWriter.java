package org.multisitecrm.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/** Contributions through {@link ContributionService}; an update keeps what it does not send. */
@ApplicationScoped
class ContributionRecordWriter implements RecordWriter {

    @Inject
    private ContributionService contributions;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return contributions.create(merged(new ContributionSpec(null, null, null, null, null, null, null, null, null, null, null,
                null, null, false, false), values)).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        contributions.update(id, merged(contributions.get(id).spec(), values));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        contributions.delete(id);
    }

    private static ContributionSpec merged(ContributionSpec current, RecordValues values) {
        return new ContributionSpec(values.getOr("contact_id", current.contactId()),
                values.getOr("financial_type_id", current.financialTypeId()),
                values.getOr("payment_instrument_id", current.paymentInstrumentId()),
                values.getOr("receive_date", current.receiveDate()), values.getOr("total_amount", current.totalAmount()),
                values.getOr("fee_amount", current.feeAmount()), values.getOr("trxn_id", current.trxnId()),
                values.getOr("invoice_id", current.invoiceId()), values.getOr("currency", current.currency()),
                values.getOr("cancel_date", current.cancelDate()), values.getOr("cancel_reason", current.cancelReason()),
                values.getOr("source", current.source()), values.getOr("contribution_status_id", current.contributionStatusId()),
                values.getOr("is_test", current.isTest()), values.getOr("is_pay_later", current.isPayLater()));
    }
}
