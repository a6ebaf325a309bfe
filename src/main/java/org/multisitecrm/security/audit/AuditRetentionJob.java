package org.multisitecrm.security.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/** Keeps the refusal log bounded: once a day, refusals past the retention period go. */
@Singleton
public class AuditRetentionJob {

    private static final Logger LOG = Logger.getLogger(AuditRetentionJob.class.getName());

    @Inject
    private AuditLog log;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void purge() {
        int removed = log.purgeExpired();
        LOG.info(() -> "Audit retention: removed " + removed + " refusals");
    }
}
