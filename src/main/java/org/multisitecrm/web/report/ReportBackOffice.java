package org.multisitecrm.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.report.ReportRunner;
import org.multisitecrm.web.record.Rows;

import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** The Reports pages' unit of work: the domain's active instances, and a page of one run under the user's visibility. */
@ApplicationScoped
@Transactional
public class ReportBackOffice {

    static final int PAGE = 100;
    private static final int MAX_INSTANCES = 500;

    @Inject
    private CatalogReads reads;

    @Inject
    private ReportRunner runner;

    public List<Map<String, Object>> instances() {
        return reads.rows("ReportInstance", List.of("id", "title", "description", "report_id"),
                JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("is_active").add("=").add(true)).build(),
                JSON.createObjectBuilder().add("title", "ASC").build(), 0, MAX_INSTANCES).stream().map(Rows::plain).toList();
    }

    public JsonObject run(long id) {
        return runner.run(id, PAGE, 0);
    }
}
