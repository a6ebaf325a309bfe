package org.multisitecrm.infrastructure.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whoever keeps copies of rows in memory (a cache of callers, of sites) that an entity type was
 * written: by any path, the entity manager's own writes and bulk JPQL alike, as the persistence unit sees
 * them ({@link AccessRulesCustomizer} watches every write). Each listener hears it at once and again when
 * the transaction ends, so nothing read between the write and its commit outlives the commit.
 */
public final class EntityChanges {

    /** What a cache does when one of the types it watches is written. */
    public interface Listener {

        Set<Class<?>> watched();

        void changed(Class<?> type);
    }

    private static final Logger LOG = Logger.getLogger(EntityChanges.class.getName());
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private EntityChanges() {
    }

    public static void subscribe(Listener listener) {
        LISTENERS.add(listener);
    }

    static void written(Class<?> type) {
        List<Listener> concerned = LISTENERS.stream().filter(l -> l.watched().stream().anyMatch(w -> w.isAssignableFrom(type))).toList();
        if (concerned.isEmpty()) {
            return;
        }
        concerned.forEach(l -> l.changed(type));
        registry().ifPresent(tx -> tx.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                concerned.forEach(l -> l.changed(type));
            }
        }));
    }

    private static java.util.Optional<TransactionSynchronizationRegistry> registry() {
        try {
            TransactionSynchronizationRegistry tx = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            return tx.getTransactionKey() != null && tx.getTransactionStatus() == Status.STATUS_ACTIVE ? java.util.Optional.of(tx)
                    : java.util.Optional.empty();
        } catch (NamingException | IllegalStateException e) {
            LOG.log(Level.FINE, "No transaction to follow a write to its end", e);
            return java.util.Optional.empty();
        }
    }
}
