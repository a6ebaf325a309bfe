package org.multisitecrm.payment;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** A domain's payment processors, configured by its administrators, who alone read their credentials. */
@ApplicationScoped
public class PaymentEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("PaymentProcessor", PaymentProcessor.class, "A domain's payment processors.")
                        .fields("id", "name", "title", "description", "payment_processor_type_id", "is_active",
                                "is_default", "is_test", "user_name", "password", "signature", "url_site", "url_api")
                        .secret(Requirement.ADMINISTER_CIVICRM, "password", "signature")
                        .offeredAsOptions()
                        .administeredAsConfiguration());
    }
}
