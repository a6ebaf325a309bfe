package org.multisitecrm.web.report;

import java.io.Serializable;
import java.math.BigDecimal;

/** One bar of a report's chart: its label, its value, and its length as a share of the longest bar. */
public record ChartBar(String label, BigDecimal value, int percent) implements Serializable {
}
