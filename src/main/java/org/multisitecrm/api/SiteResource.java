package org.multisitecrm.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.multisitecrm.tenancy.CurrentDomain;
import org.multisitecrm.tenancy.ResolvedDomain;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * {@code GET /api/site}: which domain this address serves, the public facts a client needs before it
 * signs in (the landing page shows the same).
 */
@Path("site")
public class SiteResource {

    @Inject
    private CurrentDomain currentDomain;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject site() {
        ResolvedDomain domain = currentDomain.get();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("domain_id", domain.domainId())
                .add("name", domain.name());
        addNullable(json, "description", domain.description());
        addNullable(json, "parent_name", domain.parentName());
        addNullable(json, "hostname", domain.siteHostname());
        return json.build();
    }

    private static void addNullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }
}
