package org.multisitecrm.report;

import java.util.List;
import java.util.Map;

/**
 * A report template (CiviCRM's {@code report_id}, such as {@code member/summary}): the entity it reads
 * and its default columns (fields, implicit joins, option labels, aggregates), filters (an APIv4 where),
 * grouping and sorting. An instance's form values override any of these.
 */
public record ReportTemplate(String id, String title, String description, String entity, List<String> fields,
                             String filters, List<String> groupBys, Map<String, String> orderBys, String permission) {

    public boolean isGrouped() {
        return !groupBys.isEmpty();
    }
}
