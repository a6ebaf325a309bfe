package org.multisitecrm.job;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * The work behind a scheduled job's {@code api_entity.api_action}, provided by the capability that owns
 * it (membership statuses by membership...). It runs with its domain's scope and a system caller bound,
 * so it touches only that domain's rows; every domain gets the job as {@link #template()} says.
 */
public interface JobHandler {

    /** The job row every domain gets, until its administrators change it. */
    record Template(String name, String description, RunFrequency frequency, boolean isActive) {
    }

    String apiEntity();

    String apiAction();

    Template template();

    /** Does the work as of {@code now}; answers what was done, for the job log. Throws to fail the run. */
    String run(Map<String, String> parameters, LocalDateTime now);
}
