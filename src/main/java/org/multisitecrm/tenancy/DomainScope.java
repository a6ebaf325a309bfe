package org.multisitecrm.tenancy;

import org.multisitecrm.infrastructure.context.ThreadSlot;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The domain the current thread works for. Every HTTP request is bound to its resolved domain by
 * {@link DomainResolutionFilter}; background work binds one explicitly. Reading or writing
 * domain-scoped data with no scope bound fails (see {@code tenancy.scoping}).
 *
 * <p>Code that switches scope inside one transaction flushes before leaving a scope: updates and
 * deletes are checked against the scope bound when they reach the database.
 *
 * <p>The all-domains scope is the one deliberate way past the per-domain rule (head-office
 * administration, rows that belong to every domain). It is logged each time it is entered.
 */
public final class DomainScope {

    private static final Logger LOG = Logger.getLogger(DomainScope.class.getName());
    private static final ThreadSlot<DomainScope> CURRENT = new ThreadSlot<>();

    private final Long domainId;
    private final String reason;

    private DomainScope(Long domainId, String reason) {
        this.domainId = domainId;
        this.reason = reason;
    }

    public static DomainScope of(long domainId) {
        return new DomainScope(domainId, null);
    }

    public static DomainScope allDomains(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("The all-domains scope needs a reason, for the log");
        }
        return new DomainScope(null, reason);
    }

    public static Optional<DomainScope> current() {
        return CURRENT.get();
    }

    public static DomainScope require() {
        DomainScope scope = CURRENT.get().orElse(null);
        if (scope == null) {
            throw new DomainScopeViolation("No domain is bound to this thread: domain-scoped data cannot be used here");
        }
        return scope;
    }

    /** Binds this scope until the returned binding is closed; the previous scope comes back then. */
    public Binding bind() {
        if (isAllDomains()) {
            LOG.info(() -> "All-domains scope entered: " + reason + " (thread " + Thread.currentThread().getName() + ")");
        }
        return CURRENT.bind(this)::close;
    }

    public <T> T call(Supplier<T> work) {
        try (Binding ignored = bind()) {
            return work.get();
        }
    }

    public void run(Runnable work) {
        try (Binding ignored = bind()) {
            work.run();
        }
    }

    public boolean isAllDomains() {
        return domainId == null;
    }

    /** The bound domain; the all-domains scope has none. */
    public long domainId() {
        if (domainId == null) {
            throw new IllegalStateException("The all-domains scope has no single domain");
        }
        return domainId;
    }

    @Override
    public String toString() {
        return isAllDomains() ? "all domains (" + reason + ")" : "domain " + domainId;
    }

    /** Closing restores the scope that was bound before. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
