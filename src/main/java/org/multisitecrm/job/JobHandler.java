package org.multisitecrm.job;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * The work behind a scheduled job's {@code api_entity.api_action}, provided by the capability that owns
 * it (membership statuses by membership...). It runs with its domain's scope and a system caller bound,
 * so it touches only that domain's rows; every domain gets the job as {@link #template()} says.
 */
public interface JobHandler {

    /** The installation's first domain, head office: the one that holds the server-wide jobs. */
    String HEAD_OFFICE_DOMAIN_ID = "SELECT MIN(d.id) FROM Domain d";

    /**
     * The job row every domain gets, until its administrators change it. A {@code serverWide} job works on
     * shared data (relationships, the access audit), which has no domain to split it by: running it once per
     * domain would do the same work N times, so only the installation's first domain (head office) gets it.
     */
    record Template(String name, String description, RunFrequency frequency, boolean isActive, boolean serverWide) {

        public Template(String name, String description, RunFrequency frequency, boolean isActive) {
            this(name, description, frequency, isActive, false);
        }
    }

    String apiEntity();

    String apiAction();

    Template template();

    /** Does the work as of {@code now}; answers what was done, for the job log. Throws to fail the run. */
    String run(Map<String, String> parameters, LocalDateTime now);
}
