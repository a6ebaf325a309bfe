package org.multisitecrm.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogQuery;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.QueryPlan;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Access;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * Runs a report instance: its template's query with the instance's form values, as a catalogue query
 * under the caller's scoping and visibility. A page of rows (with chart data when it is grouped), or
 * every row as CSV, streamed in batches so a million rows take bounded memory.
 */
@ApplicationScoped
public class ReportRunner {

    static final int MAX_PAGE = 500;

    @Inject
    private EntityCatalog catalog;

    @Inject
    private ReportTemplates templates;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** A page of the report: its title, columns, rows, and for a grouped report the chart's labels and series. */
    public JsonObject run(long instanceId, int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput("limit", "is a page size from 1 to " + MAX_PAGE);
        }
        ReportInstance instance = runnable(instanceId);
        Prepared report = prepare(instance.getReportId(), instance.getFormValues());
        List<JsonObject> rows = new QueryPlan(report.entity(), report.query(), limit, offset, null, null).rows(em);
        JsonArrayBuilder columns = JSON.createArrayBuilder();
        JsonObjectBuilder titles = JSON.createObjectBuilder();
        report.query().columns().forEach(c -> {
            columns.add(c.name());
            titles.add(c.name(), title(c.name()));
        });
        JsonObjectBuilder answer = JSON.createObjectBuilder().add("id", instanceId).add("title", instance.getTitle())
                .add("report_id", instance.getReportId()).add("columns", columns).add("column_titles", titles)
                .add("rows", QueryPlan.array(rows))
                .add("count", rows.size());
        if (report.grouped()) {
            answer.add("chart", chart(report.query().columns(), rows));
        }
        return answer.build();
    }

    /** What writes a report as CSV once it is known to be runnable by the caller. */
    @FunctionalInterface
    public interface CsvExport {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Every row of the report as CSV (RFC 4180), header first, written as it is read. Who may run it and
     * whether its query is valid are settled here, before anything is written.
     */
    public CsvExport csv(long instanceId) {
        ReportInstance instance = runnable(instanceId);
        Prepared report = prepare(instance.getReportId(), instance.getFormValues());
        return out -> write(report, out);
    }

    private void write(Prepared report, OutputStream out) throws IOException {
        List<CatalogQuery.Column> columns = report.query().columns();
        Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(String.join(",", columns.stream().map(c -> csvCell(c.name())).toList()));
        writer.write("\r\n");
        IOException[] failure = {null};
        report.plan().forEach(em, row -> {
            try {
                writer.write(String.join(",", columns.stream().map(c -> csvCell(text(row.get(c.name())))).toList()));
                writer.write("\r\n");
            } catch (IOException e) {
                failure[0] = e;
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.flush();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** The query an instance's form values make of its template, checked as any get is; for writes of instances. */
    void check(String reportId, String formValues) {
        prepare(reportId, formValues);
    }

    private ReportInstance runnable(long id) {
        ReportInstance instance = em.find(ReportInstance.class, id);
        if (instance == null || !instance.isActive()) {
            throw new NotFound("ReportInstance", id);
        }
        if (instance.getPermission() != null && !instance.getPermission().isBlank()) {
            Permission permission = Permission.byLabel(instance.getPermission()).orElse(null);
            if (permission == null) {
                throw new InvalidInput("permission", "'" + instance.getPermission() + "' is not a permission: nobody may run this report");
            }
            Access.require(Requirement.permission(permission), "ReportInstance", id, "run");
        }
        return instance;
    }

    private record Prepared(CatalogEntity entity, CatalogQuery query, boolean grouped, StreamedRows plan) {
    }

    /** Rows streamed from a plan, for the CSV. */
    private record StreamedRows(CatalogEntity entity, CatalogQuery query) {
        void forEach(EntityManager em, java.util.function.Consumer<JsonObject> sink) {
            new QueryPlan(entity, query, 0, 0, null, null).forEach(em, sink);
        }
    }

    private Prepared prepare(String reportId, String formValues) {
        ReportTemplate template = templates.require(reportId);
        JsonObject form = form(formValues);
        CatalogEntity entity = catalog.require(template.entity());
        List<String> fields = form.containsKey("fields") ? strings(form, "fields") : template.fields();
        List<String> groupBys = form.containsKey("group_bys") ? strings(form, "group_bys") : template.groupBys();
        JsonArrayBuilder where = JSON.createArrayBuilder(JSON.createReader(new StringReader(template.filters())).readArray());
        if (form.get("filters") instanceof JsonArray filters) {
            filters.forEach(where::add);
        } else if (form.containsKey("filters")) {
            throw new InvalidInput("form_values", "filters is an APIv4 where: [[field, operator, value], ...]");
        }
        JsonObject orderBys;
        if (form.get("order_bys") instanceof JsonObject given) {
            orderBys = given;
        } else {
            JsonObjectBuilder defaults = JSON.createObjectBuilder();
            template.orderBys().forEach(defaults::add);
            orderBys = defaults.build();
        }
        try {
            CatalogQuery query = new CatalogQuery(entity, catalog).select(fields).groupBy(groupBys).where(where.build()).orderBy(orderBys);
            return new Prepared(entity, query, !groupBys.isEmpty(), new StreamedRows(entity, query));
        } catch (InvalidInput invalid) {
            throw new InvalidInput("form_values", invalid.getMessage());
        }
    }

    private static JsonObject form(String formValues) {
        if (formValues == null || formValues.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try {
            return JSON.createReader(new StringReader(formValues)).readObject();
        } catch (RuntimeException e) {
            throw new InvalidInput("form_values", "is a JSON object: {fields, filters, group_bys, order_bys}");
        }
    }

    private static List<String> strings(JsonObject form, String key) {
        if (!(form.get(key) instanceof JsonArray array) || array.stream().anyMatch(v -> !(v instanceof JsonString))) {
            throw new InvalidInput("form_values", key + " is a list of names");
        }
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    /** The first column that is not an aggregate labels the points; each aggregate is a series. */
    private static JsonObject chart(List<CatalogQuery.Column> columns, List<JsonObject> rows) {
        String label = columns.stream().map(CatalogQuery.Column::name).filter(n -> !isAggregate(columns, n)).findFirst()
                .orElse(columns.get(0).name());
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        rows.forEach(r -> labels.add(text(r.get(label))));
        JsonArrayBuilder series = JSON.createArrayBuilder();
        for (CatalogQuery.Column column : columns) {
            if (isAggregate(columns, column.name())) {
                JsonArrayBuilder data = JSON.createArrayBuilder();
                rows.forEach(r -> data.add(r.getOrDefault(column.name(), JsonValue.NULL)));
                series.add(JSON.createObjectBuilder().add("label", column.name()).add("data", data));
            }
        }
        return JSON.createObjectBuilder().add("labels", labels).add("series", series).build();
    }

    /** A heading people read: {@code membership_type_id:label} is "Membership Type", {@code contact_id.sort_name} "Contact Sort Name". */
    static String title(String column) {
        StringBuilder title = new StringBuilder();
        for (String part : column.replaceAll(":[a-z]+$", "").split("\\.")) {
            for (String word : part.replaceAll("_id$", "").split("_")) {
                if (!word.isEmpty()) {
                    title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return title.toString();
    }

    private static boolean isAggregate(List<CatalogQuery.Column> columns, String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name) && c.expression().matches("^(COUNT|SUM|AVG|MIN|MAX)\\(.*"));
    }

    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    /** A cell, quoted where it must be; text a spreadsheet would run as a formula is defused. */
    private static String csvCell(String text) {
        boolean formula = !text.matches("-?[0-9]+(\\.[0-9]+)?") && (text.startsWith("=") || text.startsWith("+")
                || text.startsWith("-") || text.startsWith("@"));
        String cell = formula ? "'" + text : text;
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
