package org.multisitecrm.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;
import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A domain's scheduled jobs (configured by its administrators, who may also run one now with
 * {@code Job.execute}) and their log, which only the server writes.
 */
@ApplicationScoped
public class JobEntities implements EntityContributor {

    @Inject
    private JobRunner runner;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Job", Job.class, "A domain's scheduled jobs: what each runs, how often, when it last ran.")
                        .fields("id", "run_frequency", "last_run", "last_run_end", "scheduled_run_date", "name", "description",
                                "api_entity", "api_action", "parameters", "is_active")
                        .readOnly("last_run", "last_run_end")
                        .administeredAsConfiguration()
                        .action("execute", Requirement.ADMINISTER_CIVICRM, this::execute),
                entity("JobLog", JobLog.class, "Each run of a domain's jobs: when, what, and with which result.")
                        .fields("id", "run_time", "job_id", "name", "command", "description", "data")
                        .foreignKey("job_id", "Job"));
    }

    private JsonObject execute(CatalogEntity entity, long id, JsonObject params) {
        return runner.run(id).map(log -> JSON.createObjectBuilder().add("id", id).add("description", log.getDescription())
                        .add("data", log.getData() == null ? "" : log.getData()).build())
                .orElseGet(() -> JSON.createObjectBuilder().add("id", id)
                        .add("description", "Not run: another run of this job is in progress").build());
    }
}
