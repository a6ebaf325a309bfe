package org.multisitecrm.infrastructure.status;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request's domain's status: every contributed {@link SystemCheck}, most severe first, each marked
 * hidden where the domain's status preferences hush or ignore it (CiviCRM's rules: a check at or below
 * the ignored severity is hidden, until {@code hush_until} when there is one).
 */
@ApplicationScoped
public class StatusBoard {

    /** CiviCRM's per-domain hush of a check, read as any read of it (the domain's own). */
    private static final String PREFERENCE = "StatusPreference";

    @Inject
    private Instance<SystemCheck> checks;

    @Inject
    private EntityCatalog catalog;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A check's outcome with whether the domain sees it now, and until when it is hushed. */
    public record Shown(SystemStatus status, boolean visible, LocalDate hiddenUntil) {
    }

    public List<Shown> current() {
        List<SystemStatus> found = new ArrayList<>();
        checks.forEach(check -> found.addAll(check.check()));
        found.sort(Comparator.comparing((SystemStatus s) -> s.severity().id()).reversed().thenComparing(SystemStatus::name));
        Map<String, JsonObject> preferences = preferences();
        LocalDate today = LocalDate.now();
        List<Shown> shown = new ArrayList<>();
        for (SystemStatus status : found) {
            JsonObject preference = preferences.get(status.name());
            boolean ignored = preference != null && status.severity().id() <= preference.getInt("ignore_severity");
            LocalDate hushUntil = preference == null || preference.isNull("hush_until") ? null : LocalDate.parse(preference.getString("hush_until"));
            boolean hushed = ignored && (hushUntil == null || hushUntil.isAfter(today));
            shown.add(new Shown(status, !hushed, hushed ? hushUntil : null));
        }
        return shown;
    }

    private Map<String, JsonObject> preferences() {
        Map<String, JsonObject> byName = new HashMap<>();
        CatalogEntity entity = catalog.find(PREFERENCE).orElse(null);
        if (entity == null) {
            return byName;
        }
        CatalogQuery query = new CatalogQuery(entity, catalog).select(List.of("name", "hush_until", "ignore_severity"))
                .where(JsonValue.EMPTY_JSON_ARRAY);
        new QueryPlan(entity, query, 0, 0, null, null).rows(em).forEach(row -> byName.put(row.getString("name"), row));
        return byName;
    }
}
