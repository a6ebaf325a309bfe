package org.multisitecrm.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.job.JobHandler;
import org.multisitecrm.job.RunFrequency;
import org.multisitecrm.security.audit.AuditLog;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * Keeps the access audit bounded: refusals older than the job's {@code days} parameter (else
 * {@code crm.audit.retention-days}) go. The audit is shared, so this is head office's job, run once.
 */
@ApplicationScoped
public class AuditRetentionJob implements JobHandler {

    @Inject
    private AuditLog log;

    @Override
    public String apiEntity() {
        return "Job";
    }

    @Override
    public String apiAction() {
        return "cleanup_access_audit";
    }

    @Override
    public Template template() {
        return new Template("Clean up the Access Audit",
                "Removes refused accesses older than the retention period (parameter days, default crm.audit.retention-days)",
                RunFrequency.Daily, true, true);
    }

    @Override
    public String run(Map<String, String> parameters, LocalDateTime now) {
        Integer days = null;
        if (parameters.containsKey("days")) {
            try {
                days = Integer.valueOf(parameters.get("days"));
            } catch (NumberFormatException e) {
                throw new InvalidInput("parameters", "days must be a whole number of days, not '" + parameters.get("days") + "'");
            }
        }
        return log.purgeExpired(days, now) + " refusals removed";
    }
}
