package org.multisitecrm.branding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** A domain's branding, written by its administrators ('administer CiviCRM'), one row per domain. */
@ApplicationScoped
public class BrandingEntities implements EntityContributor {

    @Inject
    private LogoCheck logoCheck;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(entity("DomainBranding", DomainBranding.class, "A domain's logo and header, served on its own host.")
                .fields("id", "logo", "logo_type", "header", "modified_date")
                .readOnly("logo_type", "modified_date")
                .checkedBy(logoCheck)
                .writtenDirectly(Requirement.ADMINISTER_CIVICRM));
    }
}
