package org.multisitecrm.security.audit;

import jakarta.enterprise.inject.spi.CDI;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.security.AccessDenied;
import org.multisitecrm.security.Caller;

import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where every refusal goes before the caller hears of it: recorded by {@link AuditLog} in a
 * transaction of its own, so the rollback of the refused work does not erase it. Usable from
 * persistence listeners, which are not CDI beans.
 */
public final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    private Refusals() {
    }

    /** Records the refusal and returns the exception to throw (403). */
    public static AccessDenied refuse(String entity, Long entityId, String action, String reason) {
        record(entity, entityId, action, reason);
        return new AccessDenied(reason);
    }

    /** Records a refusal that the caller is answered as "does not exist" (another domain's record). */
    public static void recordHidden(String entity, Long entityId, String action, String reason) {
        record(entity, entityId, action, reason);
    }

    private static void record(String entity, Long entityId, String action, String reason) {
        Caller caller = Caller.current().orElse(null);
        Long domainId = caller != null && caller.domainId().isPresent() ? caller.domainId().get()
                : DomainScope.current().filter(s -> !s.isAllDomains()).map(DomainScope::domainId).orElse(null);
        AccessRefusal refusal = new AccessRefusal(LocalDateTime.now(), caller == null ? null : caller.userId().orElse(null),
                caller == null ? null : caller.username().orElse(null), domainId, entity, entityId, action, reason);
        try {
            CDI.current().select(AuditLog.class).get().record(refusal);
        } catch (RuntimeException e) {
            // The refusal still stands; losing its record must not turn it into a success or a 500.
            LOG.log(Level.SEVERE, "Could not record refusal: " + entity + " " + entityId + " " + action + ": " + reason, e);
        }
        LOG.info(() -> "Refused " + action + " of " + entity + (entityId == null ? "" : " " + entityId) + " to "
                + (caller == null ? "nobody" : caller) + ": " + reason);
    }
}
