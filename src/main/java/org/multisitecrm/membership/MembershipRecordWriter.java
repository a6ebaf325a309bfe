package org.multisitecrm.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Memberships through {@link MembershipService}. On an update, what was not sent keeps its value, except
 * the status: unless sent or fixed by hand, it is recomputed from the (possibly new) dates.
 */
@ApplicationScoped
class MembershipRecordWriter implements RecordWriter {

    @Inject
    private MembershipService memberships;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return memberships.create(new MembershipSpec(values.getOr("contact_id", null), values.getOr("membership_type_id", null),
                values.getOr("join_date", null), values.getOr("start_date", null), values.getOr("end_date", null),
                values.getOr("source", null), values.getOr("status_id", null), values.getOr("is_override", false),
                values.getOr("status_override_end_date", null), values.getOr("is_test", false),
                values.getOr("is_pay_later", false), values.getOr("max_related", null))).getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        Membership current = memberships.get(id);
        MembershipPeriod dates = current.period();
        boolean override = values.getOr("is_override", current.isOverride());
        Long status = values.has("status_id") ? values.get("status_id") instanceof Long l ? l : null
                : override ? current.getStatusId() : null;
        memberships.update(id, new MembershipSpec(current.getContactId(),
                values.getOr("membership_type_id", current.getMembershipTypeId()),
                values.getOr("join_date", dates.joinDate()), values.getOr("start_date", dates.startDate()),
                values.getOr("end_date", dates.endDate()), values.getOr("source", current.getSource()), status, override,
                values.getOr("status_override_end_date", current.getStatusOverrideEndDate()),
                values.getOr("is_test", current.isTest()), values.getOr("is_pay_later", current.isPayLater()),
                values.getOr("max_related", current.getMaxRelated())));
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        memberships.delete(id);
    }
}
