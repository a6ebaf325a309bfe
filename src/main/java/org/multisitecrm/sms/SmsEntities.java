package org.multisitecrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** A domain's SMS gateways, configured by its administrators; the account's password is theirs alone to read. */
@ApplicationScoped
public class SmsEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(entity("SmsProvider", SmsProvider.class, "A domain's SMS gateways: where and how its text messages are sent.")
                .fields("id", "name", "title", "username", "password", "api_type", "api_url", "api_params", "is_default", "is_active")
                .optionsFrom("api_type", "sms_api_type")
                .secret(Requirement.ADMINISTER_CIVICRM, "password")
                .offeredAsOptions()
                .administeredAsConfiguration());
    }
}
