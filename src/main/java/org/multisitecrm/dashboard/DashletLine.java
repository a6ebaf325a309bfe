package org.multisitecrm.dashboard;

import java.io.Serializable;

/** One line of a dashlet: what it says, a detail beside it, and the record it opens (a contact, a report), if any. */
public final class DashletLine implements Serializable {

    private final String label;
    private final String detail;
    private final Long recordId;

    public DashletLine(String label, String detail, Long recordId) {
        this.label = label;
        this.detail = detail;
        this.recordId = recordId;
    }

    public String getLabel() {
        return label;
    }

    public String getDetail() {
        return detail;
    }

    public Long getRecordId() {
        return recordId;
    }
}
