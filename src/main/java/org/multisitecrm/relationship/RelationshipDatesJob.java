package org.multisitecrm.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.job.JobHandler;
import org.multisitecrm.job.RunFrequency;
import org.multisitecrm.security.visibility.RelationshipGrants;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * CiviCRM's {@code Job.disable_expired_relationships}, as it matters here: as days pass, permissioned
 * relationships start and end, and the contacts they grant are recomputed. Relationships are shared,
 * so this is head office's job, run once for the installation.
 */
@ApplicationScoped
public class RelationshipDatesJob implements JobHandler {

    @Inject
    private RelationshipGrants grants;

    @Override
    public String apiEntity() {
        return "Job";
    }

    @Override
    public String apiAction() {
        return "disable_expired_relationships";
    }

    @Override
    public Template template() {
        return new Template("Disable expired relationships",
                "Applies relationships' start and end dates to what their permissions grant", RunFrequency.Daily, true, true);
    }

    @Override
    public String run(Map<String, String> parameters, LocalDateTime now) {
        return "grants of " + grants.refreshAll() + " contacts recomputed";
    }
}
