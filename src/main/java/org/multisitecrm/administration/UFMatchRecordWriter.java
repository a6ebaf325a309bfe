package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.security.Caller;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * A login's contact on the request's domain, through {@link RoleGrants} (head office, or the domain's
 * own 'cms:administer users'; unique per login and per contact on a domain). Created or deleted, never changed.
 */
@ApplicationScoped
class UFMatchRecordWriter implements RecordWriter {

    @Inject
    private RoleGrants grants;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        long domainId = Caller.require().domainId().orElseThrow(() -> new IllegalStateException("no domain bound"));
        return grants.match(values.<Long>require("uf_id"), domainId, values.<Long>require("contact_id")).getId();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        grants.unmatch(id);
    }
}
