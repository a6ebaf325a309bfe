package org.multisitecrm.web.report;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One bar of a report's chart: its label, its value, and its length as a share of the longest bar. A
 * class with getters, as Faces' expression language reads properties (it does not read records).
 */
public final class ChartBar implements Serializable {

    private final String label;
    private final BigDecimal value;
    private final int percent;

    public ChartBar(String label, BigDecimal value, int percent) {
        this.label = label;
        this.value = value;
        this.percent = percent;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public int getPercent() {
        return percent;
    }
}
