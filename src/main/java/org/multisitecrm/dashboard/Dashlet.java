package org.multisitecrm.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * A dashlet as one user sees it: its kind ({@code recent_contacts}, {@code system_status}, {@code report}),
 * label, column, its lines, and for a report the instance it summarises.
 */
public final class Dashlet implements Serializable {

    private final long id;
    private final String kind;
    private final String label;
    private final int column;
    private final List<DashletLine> lines;
    private final Long reportId;

    public Dashlet(long id, String kind, String label, int column, List<DashletLine> lines, Long reportId) {
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.column = column;
        this.lines = List.copyOf(lines);
        this.reportId = reportId;
    }

    public long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public int getColumn() {
        return column;
    }

    public List<DashletLine> getLines() {
        return lines;
    }

    public Long getReportId() {
        return reportId;
    }
}
