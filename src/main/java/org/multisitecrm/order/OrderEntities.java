package org.multisitecrm.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.contribution.Contribution;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * APIv4's Order (another name for contributions, whose create places an order) and MembershipPayment,
 * which only orders write.
 */
@ApplicationScoped
public class OrderEntities implements EntityContributor {

    @Inject
    private OrderService orders;
    @Inject
    private CatalogWrites writes;
    @Inject
    private EntityCatalog catalog;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Order", Contribution.class, "Orders: a contribution with its line items and what they buy, paid by Payments.")
                        .fields("id", "contact_id", "financial_type_id", "total_amount", "currency", "invoice_id",
                                "contribution_status_id", "receive_date", "source")
                        .alias()
                        .operation("create", Requirement.permission(Permission.ACCESS_CIVICRM), this::create),
                entity("MembershipPayment", MembershipPayment.class, "Which contribution paid for which membership.")
                        .fields("id", "membership_id", "contribution_id")
                        .foreignKey("membership_id", "Membership").foreignKey("contribution_id", "Contribution"));
    }

    /** Answers the order's contribution as Contribution.get would. */
    private List<JsonObject> create(CatalogEntity entity, JsonObject params) {
        return List.of(writes.read(catalog.require("Contribution"), orders.create(params)));
    }
}
