package org.multisitecrm.security;


import java.util.function.Supplier;
import org.multisitecrm.tenancy.DomainScope;

/**
 * Work the server does for one domain outside that domain's own requests: provisioning, start-up,
 * scheduled jobs, mail sending, a head-office change applied to a branch after its permission was
 * checked. It binds the domain's scope and a system caller together, so the two cannot disagree; it
 * is, with {@link org.multisitecrm.tenancy.DomainResolutionFilter} for requests, the only code that
 * binds a single domain's scope (a unit test keeps it so). A user's caller is never carried into
 * another domain's scope: its permissions are those of its own domain ({@link Caller#domainId()}
 * refuses the mix).
 */
public final class DomainWork {

    private DomainWork() {
    }

    public static <T> T call(long domainId, String reason, Supplier<T> work) {
        return DomainScope.of(domainId).call(() -> Caller.system(reason + " (domain " + domainId + ")").call(work));
    }

    public static void run(long domainId, String reason, Runnable work) {
        call(domainId, reason, () -> {
            work.run();
            return null;
        });
    }
}
