package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.RoleGrants;

/**
 * A login's contact on the request's domain, through {@link RoleGrants} ('administer Multiple
 * Organizations'; unique per login and per contact on a domain). Created or deleted, never changed.
 */
@ApplicationScoped
public class UFMatchRecordWriter implements RecordWriter {

    @Inject
    private RoleGrants grants;

    @Override
    public long create(ApiEntity entity, ApiRecord values) {
        long domainId = Caller.require().domainId().orElseThrow(() -> new IllegalStateException("no domain bound"));
        return grants.match(values.<Long>require("uf_id"), domainId, values.<Long>require("contact_id")).getId();
    }

    @Override
    public void delete(ApiEntity entity, long id, JsonObject params) {
        grants.unmatch(id);
    }
}
