package org.multisitecrm.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.multisitecrm.web.record.PageIds;
import org.multisitecrm.web.record.Rows;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One report ({@code report/view.xhtml?id=}): its first rows as a table, for a grouped report a bar
 * chart of its first series, and the CSV export of every row. A report of another domain, or one whose
 * permission the user lacks, is the not-found or refused page.
 */
@Named("reportRun")
@ViewScoped
public class ReportView implements Serializable {

    @Inject
    private ReportBackOffice reports;

    private String id;
    private String title;
    private List<String> columns = List.of();
    private Map<String, String> titles = Map.of();
    private List<Map<String, Object>> rows = List.of();
    private String series;
    private List<ChartBar> bars = List.of();

    public void load() {
        long reportId = PageIds.parse(id, "report");
        JsonObject report = reports.run(reportId);
        title = report.getString("title");
        columns = report.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
        titles = new java.util.HashMap<>();
        report.getJsonObject("column_titles").forEach((column, heading) -> titles.put(column, ((jakarta.json.JsonString) heading).getString()));
        rows = report.getJsonArray("rows").stream().map(v -> Rows.plain(v.asJsonObject())).toList();
        if (report.get("chart") instanceof JsonObject chart && !chart.getJsonArray("series").isEmpty()) {
            bars(chart);
        }
    }

    private void bars(JsonObject chart) {
        JsonObject first = chart.getJsonArray("series").getJsonObject(0);
        series = first.getString("label");
        JsonArray labels = chart.getJsonArray("labels");
        JsonArray data = first.getJsonArray("data");
        BigDecimal longest = BigDecimal.ZERO;
        List<BigDecimal> values = new ArrayList<>();
        for (JsonValue value : data) {
            BigDecimal number = value instanceof JsonNumber n ? n.bigDecimalValue() : BigDecimal.ZERO;
            values.add(number);
            longest = longest.max(number);
        }
        List<ChartBar> made = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int percent = longest.signum() == 0 ? 0 : values.get(i).multiply(BigDecimal.valueOf(100))
                    .divide(longest, 0, java.math.RoundingMode.HALF_UP).intValue();
            made.add(new ChartBar(labels.getString(i, ""), values.get(i), percent));
        }
        bars = made;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getColumns() {
        return columns;
    }

    public Map<String, String> getTitles() {
        return titles;
    }

    public List<Map<String, Object>> getRows() {
        return rows;
    }

    public String getSeries() {
        return series;
    }

    public List<ChartBar> getBars() {
        return bars;
    }

    public int getPageSize() {
        return ReportBackOffice.PAGE;
    }
}
