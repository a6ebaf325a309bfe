package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.administration.DomainService;
import org.multisitecrm.administration.DomainSpec;
import org.multisitecrm.tenancy.Site;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * The hostnames a domain is served at, through {@link DomainService} ('administer Multiple
 * Organizations'; a hostname and port serve one site; the default site stays). Created or deleted,
 * never changed: the site table is reloaded at once either way.
 */
@ApplicationScoped
class SiteRecordWriter implements RecordWriter {

    @Inject
    private DomainService domains;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return domains.addSite(values.<Long>require("domain_id"), new DomainSpec.SiteSpec(values.require("hostname"),
                values.getOr("port", Site.DEFAULT_PORT), values.getOr("is_default", false))).getId();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        domains.removeSite(id);
    }
}
