package org.multisitecrm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who an API key is on a domain, kept between calls so that a call spends one read of the
 * {@link CallerGeneration} on its caller instead of a transaction of lookups. An entry is used only
 * while the generation it was made under is still the database's: a key revoked, a role taken away or a
 * contact match changed, on any server, is in force at the next call everywhere. Entries also age out
 * after {@code crm.caller-cache.seconds} (60; 0 keeps nothing). Only found callers are kept: a wrong key
 * is looked up every time, so guessing cannot fill memory.
 */
@ApplicationScoped
public class CallerCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(String keyDigest, long domainId) {
    }

    private record Entry(Caller caller, long generation, long expiresAtNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    private CallerGeneration generations;

    @Inject
    @ConfigProperty(name = "crm.caller-cache.seconds", defaultValue = "60")
    private long seconds;

    /** The caller of this key on this domain: kept and still current, or resolved now (and kept when found). */
    public Optional<Caller> get(String key, long domainId, Supplier<Optional<Caller>> resolve) {
        if (seconds <= 0) {
            return resolve.get();
        }
        OptionalLong generation = generations.current();
        if (generation.isEmpty()) {
            return resolve.get();
        }
        Key entryKey = new Key(ApiKeyDigest.sha256(key), domainId);
        long now = System.nanoTime();
        Entry entry = entries.get(entryKey);
        if (entry != null && entry.generation() == generation.getAsLong() && now - entry.expiresAtNanos() < 0) {
            return Optional.of(entry.caller());
        }
        // resolved after the generation was read: a write in between leaves an entry already out of date, never one that looks current
        Optional<Caller> resolved = resolve.get();
        resolved.ifPresentOrElse(caller -> {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(entryKey, new Entry(caller, generation.getAsLong(), now + seconds * 1_000_000_000L));
        }, () -> entries.remove(entryKey));
        return resolved;
    }
}
