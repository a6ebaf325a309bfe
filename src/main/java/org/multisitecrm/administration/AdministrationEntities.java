package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.UFMatch;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.Site;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/** The multisite administration's entities: domains, the sites they are served at, and who logs in as whom. */
@ApplicationScoped
public class AdministrationEntities implements EntityContributor {

    @Inject
    private DomainRecordWriter domainWriter;
    @Inject
    private SiteRecordWriter siteWriter;
    @Inject
    private UFMatchRecordWriter ufMatchWriter;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("UFMatch", UFMatch.class, "Which login is which contact, per domain.")
                        .fields("id", "uf_id", "uf_name", "contact_id", "language")
                        .readOnly("uf_name", "language")
                        .foreignKey("contact_id", "Contact")
                        .writtenBy(ufMatchWriter, Requirement.anyOf(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS, Permission.ADMINISTER_USERS)),
                entity("Domain", Domain.class, "The organisations sharing this instance.")
                        .fields("id", "name", "description", "version", "contact_id", "locales", "parent_id")
                        .readOnly("version", "contact_id", "locales")
                        .writtenWith(FirstAdministrator.USERNAME, String.class).writtenWith(FirstAdministrator.PASSWORD, String.class)
                        .writtenWith(FirstAdministrator.FIRST_NAME, String.class).writtenWith(FirstAdministrator.LAST_NAME, String.class)
                        .writtenWith(FirstAdministrator.EMAIL, String.class)
                        .offeredAsOptions()
                        .writtenBy(domainWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS),
                entity("Site", Site.class, "The hostnames and ports a domain is served at (Wagtail's Site).")
                        .fields("id", "domain_id", "hostname", "port", "is_default")
                        .writtenBy(siteWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS));
    }
}
