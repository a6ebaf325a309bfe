package org.multisitecrm.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.multisitecrm.infrastructure.persistence.EntityChanges;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Who a credential (an API key, a signed-in session) is on a domain, kept for
 * {@code crm.caller-cache.seconds} (5) so that an API call does not spend its queries on knowing its
 * caller. Any write of logins, keys, roles, grants or contact matches forgets every entry at once on this
 * server; a member of a cluster that did not see the write keeps its entries for at most their lifetime.
 * Only successes are kept: a wrong key is looked up every time.
 */
@ApplicationScoped
public class CallerCache implements EntityChanges.Listener {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(String credential, long domainId) {
    }

    private record Entry(Caller caller, long expiresAtNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    @ConfigProperty(name = "crm.caller-cache.seconds", defaultValue = "5")
    private long seconds;

    @PostConstruct
    void watchWrites() {
        EntityChanges.subscribe(this);
    }

    /**
     * The caller for this credential on this domain: kept, or resolved now and kept (unless a write
     * happened while it was resolved, which may have made it stale already).
     */
    public Optional<Caller> get(String credential, long domainId, Supplier<Optional<Caller>> resolve) {
        if (seconds <= 0) {
            return resolve.get();
        }
        Key key = new Key(credential, domainId);
        Entry entry = entries.get(key);
        long now = System.nanoTime();
        if (entry != null && now < entry.expiresAtNanos()) {
            return Optional.of(entry.caller());
        }
        long before = generation.get();
        Optional<Caller> resolved = resolve.get();
        if (resolved.isPresent() && generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(resolved.get(), now + seconds * 1_000_000_000L));
        }
        return resolved;
    }

    @Override
    public Set<Class<?>> watched() {
        return Set.of(UserAccount.class, ApiKey.class, UserRole.class, Role.class, UFMatch.class);
    }

    @Override
    public void changed(Class<?> type) {
        generation.incrementAndGet();
        entries.clear();
    }
}
