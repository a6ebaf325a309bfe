package org.multisitecrm.api4;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogQuery;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.QueryPlan;
import org.multisitecrm.infrastructure.status.SystemCheck;
import org.multisitecrm.infrastructure.status.SystemFacts;
import org.multisitecrm.infrastructure.status.SystemStatus;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * CiviCRM's {@code System} pseudo-entity: {@code get} (what runs here: versions of the server, its
 * schema, Java and the database) and {@code check} (the status checks each capability contributes, for
 * the request's domain, most severe first, in CiviCRM's shape; a check the domain's status preferences
 * hush is answered with {@code is_visible: false} and {@code hidden_until}). Both need 'administer CiviCRM'.
 */
@ApplicationScoped
class SystemActions {

    static final String ENTITY = "System";
    /** CiviCRM's per-domain hush of a check, applied to what check answers. */
    private static final String PREFERENCE = "StatusPreference";
    private static final Set<String> PARAMS = Set.of("select", "where", "includeDisabled");

    @Inject
    private Instance<SystemCheck> checks;

    @Inject
    private Instance<SystemFacts> facts;

    @Inject
    private EntityCatalog catalog;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    List<JsonObject> run(String action, ApiParams params) {
        switch (action) {
            case "getActions" -> {
                return List.of(JSON.createObjectBuilder().add("name", "get").build(), JSON.createObjectBuilder().add("name", "check").build(),
                        JSON.createObjectBuilder().add("name", "getActions").build());
            }
            case "get" -> {
                params.allowOnly(PARAMS, "System.get");
                Access.require(Requirement.ADMINISTER_CIVICRM, ENTITY, null, "get");
                return List.of(system());
            }
            case "check" -> {
                params.allowOnly(PARAMS, "System.check");
                Access.require(Requirement.ADMINISTER_CIVICRM, ENTITY, null, "check");
                return check();
            }
            default -> throw new NotFound("Action '" + action + "' of API entity 'System' does not exist");
        }
    }

    private JsonObject system() {
        String version = SystemActions.class.getPackage().getImplementationVersion();
        var system = JSON.createObjectBuilder()
                .add("version", version == null ? "0.1.0" : version)
                .add("uf", "Standalone")
                .add("java", JSON.createObjectBuilder().add("version", System.getProperty("java.version"))
                        .add("vendor", System.getProperty("java.vendor")))
                .add("domain_id", Caller.require().domainId().orElse(0L));
        facts.forEach(part -> part.facts().forEach(system::add));
        return system.build();
    }

    private List<JsonObject> check() {
        List<SystemStatus> found = new ArrayList<>();
        checks.forEach(check -> found.addAll(check.check()));
        found.sort(Comparator.comparing((SystemStatus s) -> s.severity().id()).reversed().thenComparing(SystemStatus::name));
        Map<String, JsonObject> preferences = preferences();
        LocalDate today = LocalDate.now();
        List<JsonObject> rows = new ArrayList<>();
        for (SystemStatus status : found) {
            JsonObject preference = preferences.get(status.name());
            boolean ignored = preference != null && status.severity().id() <= preference.getInt("ignore_severity");
            String hushUntil = preference == null || preference.isNull("hush_until") ? null : preference.getString("hush_until");
            boolean hushed = ignored && (hushUntil == null || LocalDate.parse(hushUntil).isAfter(today));
            var row = JSON.createObjectBuilder()
                    .add("name", status.name()).add("title", status.title()).add("message", status.message())
                    .add("severity", status.severity().label()).add("severity_id", status.severity().id())
                    .add("icon", status.icon()).add("is_visible", !hushed);
            if (hushed && hushUntil != null) {
                row.add("hidden_until", hushUntil);
            } else {
                row.addNull("hidden_until");
            }
            rows.add(row.build());
        }
        return rows;
    }

    /** The domain's status preferences by check name, read as any read of them (its own only). */
    private Map<String, JsonObject> preferences() {
        CatalogEntity entity = catalog.require(PREFERENCE);
        CatalogQuery query = new CatalogQuery(entity, catalog).select(List.of("name", "hush_until", "ignore_severity"))
                .where(JsonValue.EMPTY_JSON_ARRAY);
        Map<String, JsonObject> byName = new HashMap<>();
        new QueryPlan(entity, query, 0, 0, null, null).rows(em).forEach(row -> byName.put(row.getString("name"), row));
        return byName;
    }
}
