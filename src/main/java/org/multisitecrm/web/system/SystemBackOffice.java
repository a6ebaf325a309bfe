package org.multisitecrm.web.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.infrastructure.status.StatusBoard;
import org.multisitecrm.web.record.Rows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The System Status and Scheduled Jobs pages' unit of work, through the catalogue: the domain's checks
 * (with its status preferences applied), a hush as CiviCRM records it, the domain's jobs, their logs,
 * and a job run now.
 */
@ApplicationScoped
@Transactional
public class SystemBackOffice {

    private static final int LOG_ROWS = 25;

    @Inject
    private StatusBoard board;
    @Inject
    private CatalogReads reads;
    @Inject
    private CatalogWrites writes;
    @Inject
    private EntityCatalog entities;

    public List<StatusBoard.Shown> statuses() {
        return board.current();
    }

    /** Hushes a check of this severity and below until the date (CiviCRM's status preference, matched by the check's name). */
    public void hush(String name, int severity, LocalDate until) {
        writes.save(entities.require("StatusPreference"), JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("name", name).add("ignore_severity", severity).add("hush_until", until.toString())).build(),
                JSON.createObjectBuilder().build(), List.of("name"));
    }

    public List<Map<String, Object>> jobs() {
        return reads.rows("Job", List.of("id", "name", "description", "run_frequency", "last_run", "is_active"), JSON.createArrayBuilder().build(),
                JSON.createObjectBuilder().add("name", "ASC").build(), 0, 200).stream().map(Rows::plain).toList();
    }

    public List<Map<String, Object>> logs() {
        return reads.rows("JobLog", List.of("id", "run_time", "name", "description"), JSON.createArrayBuilder().build(),
                JSON.createObjectBuilder().add("id", "DESC").build(), 0, LOG_ROWS).stream().map(Rows::plain).toList();
    }

    /** Runs the job now, as CiviCRM's Job.execute does ('administer CiviCRM'). */
    public void runNow(long jobId) {
        writes.perform(entities.require("Job"), "execute", JSON.createArrayBuilder()
                .add(JSON.createArrayBuilder().add("id").add("=").add(jobId)).build(), JSON.createObjectBuilder().build());
    }
}
