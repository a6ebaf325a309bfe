package org.multisitecrm.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.infrastructure.status.StatusBoard;
import org.multisitecrm.navigation.MenuPermission;
import org.multisitecrm.report.ReportRunner;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The user's dashboard on the request's domain: the domain's active dashlets the user may see (their
 * permission read as a menu entry's), in the user's layout (CiviCRM's dashboard_contact; without one,
 * every dashlet, alternating between two columns), each filled under the user's visibility.
 */
@ApplicationScoped
@Transactional
public class Dashlets {

    public static final String RECENT_CONTACTS = "recent_contacts";
    public static final String SYSTEM_STATUS = "system_status";
    public static final String REPORT_PREFIX = "report:";
    private static final int LINES = 5;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private CatalogReads reads;

    @Inject
    private StatusBoard status;

    @Inject
    private ReportRunner reports;

    private record Placed(Dashboard dashboard, int column, int weight) {
    }

    public List<Dashlet> forCaller() {
        Caller caller = Caller.require();
        List<Dashboard> offered = em.createQuery("SELECT d FROM Dashboard d WHERE d.isActive = TRUE ORDER BY d.id", Dashboard.class)
                .getResultList().stream()
                .filter(d -> MenuPermission.of(d.getPermission(), d.getPermissionOperator())
                        .allows(label -> Permission.byLabel(label).map(caller::has).orElse(false)))
                .toList();
        Map<Long, DashboardContact> layout = new HashMap<>();
        caller.contactId().ifPresent(contact -> em.createQuery("SELECT l FROM DashboardContact l WHERE l.contactId = :c",
                DashboardContact.class).setParameter("c", contact).getResultList().forEach(l -> layout.put(l.getDashboardId(), l)));
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            Dashboard dashboard = offered.get(i);
            DashboardContact own = layout.get(dashboard.getId());
            if (own == null) {
                placed.add(new Placed(dashboard, i % 2, 1000 + i));
            } else if (own.isActive()) {
                placed.add(new Placed(dashboard, own.getColumnNo(), own.getWeight()));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::column).thenComparingInt(Placed::weight));
        List<Dashlet> dashlets = new ArrayList<>();
        for (Placed place : placed) {
            Dashlet dashlet = filled(place.dashboard(), place.column());
            if (dashlet != null) {
                dashlets.add(dashlet);
            }
        }
        return dashlets;
    }

    private Dashlet filled(Dashboard dashboard, int column) {
        String name = dashboard.getName();
        if (name.equals(RECENT_CONTACTS)) {
            return new Dashlet(dashboard.getId(), RECENT_CONTACTS, dashboard.getLabel(), column, recentContacts(), null);
        }
        if (name.equals(SYSTEM_STATUS)) {
            return new Dashlet(dashboard.getId(), SYSTEM_STATUS, dashboard.getLabel(), column, systemStatus(), null);
        }
        if (name.startsWith(REPORT_PREFIX)) {
            Object[] report = em.createQuery("SELECT r.id, r.permission FROM ReportInstance r WHERE r.name = :n AND r.isActive = TRUE",
                    Object[].class).setParameter("n", name.substring(REPORT_PREFIX.length())).getResultStream().findFirst().orElse(null);
            if (report == null || !mayRun((String) report[1])) {
                return null;
            }
            long reportId = ((Number) report[0]).longValue();
            return new Dashlet(dashboard.getId(), "report", dashboard.getLabel(), column, reportLines(reportId), reportId);
        }
        return new Dashlet(dashboard.getId(), "unknown", dashboard.getLabel(), column, List.of(), null);
    }

    /** A report dashlet shows only for those its instance's own permission admits (none asked: everyone). */
    private static boolean mayRun(String permission) {
        return permission == null || permission.isBlank()
                || Permission.byLabel(permission).map(Caller.require()::has).orElse(false);
    }

    private List<DashletLine> recentContacts() {
        return reads.rows("Contact", List.of("id", "display_name", "modified_date"), JSON.createArrayBuilder().build(),
                        JSON.createObjectBuilder().add("modified_date", "DESC").build(), 0, LINES).stream()
                .map(c -> new DashletLine(c.getString("display_name", ""), c.getString("modified_date", "").replaceAll(":\\d{2}(\\.\\d+)?$", ""),
                        c.getJsonNumber("id").longValue()))
                .toList();
    }

    private List<DashletLine> systemStatus() {
        List<DashletLine> lines = status.current().stream().filter(StatusBoard.Shown::visible)
                .map(s -> new DashletLine(s.status().title(), s.status().severity().label(), null)).toList();
        return lines.isEmpty() ? List.of(new DashletLine("Nothing needs attention", "ok", null)) : lines;
    }

    private List<DashletLine> reportLines(long reportId) {
        JsonObject report = reports.run(reportId, LINES, 0);
        List<DashletLine> lines = new ArrayList<>();
        if (report.get("chart") instanceof JsonObject chart && !chart.getJsonArray("series").isEmpty()) {
            JsonArray labels = chart.getJsonArray("labels");
            JsonArray data = chart.getJsonArray("series").getJsonObject(0).getJsonArray("data");
            for (int i = 0; i < labels.size(); i++) {
                lines.add(new DashletLine(labels.getString(i, ""), data.get(i).toString(), null));
            }
        }
        return lines;
    }
}
