package org.multisitecrm.infrastructure.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whoever keeps copies of rows in memory (a cache of callers, of sites) that an entity type was
 * written: by any path, the entity manager's own writes and bulk JPQL alike, as the persistence unit sees
 * them ({@link AccessRulesCustomizer} watches every write). Each listener hears it at once and again when
 * the transaction ends, so nothing read between the write and its commit outlives the commit; once it is
 * committed, the {@link ChangeFeed} tells the other servers on the database, whose listeners hear it too.
 */
public final class EntityChanges {

    /** What a cache does when one of the types it watches is written. */
    public interface Listener {

        Set<Class<?>> watched();

        void changed(Class<?> type);
    }

    private static final Logger LOG = Logger.getLogger(EntityChanges.class.getName());
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Consumer<Class<?>> publisher = type -> {
    };

    private EntityChanges() {
    }

    public static void subscribe(Listener listener) {
        LISTENERS.add(listener);
    }

    /** Where this server's writes are told to the other servers on the database ({@link ChangeFeed}). */
    static void publishTo(Consumer<Class<?>> feed) {
        publisher = feed;
    }

    static void written(Class<?> type) {
        List<Listener> concerned = concerned(type);
        if (concerned.isEmpty()) {
            return;
        }
        concerned.forEach(l -> l.changed(type));
        Optional<TransactionSynchronizationRegistry> tx = registry();
        if (tx.isEmpty()) {
            publisher.accept(type);
            return;
        }
        tx.get().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                concerned.forEach(l -> l.changed(type));
                if (status == Status.STATUS_COMMITTED) {
                    publisher.accept(type);
                }
            }
        });
    }

    /** Another server wrote the type: this one's copies go too. */
    static void writtenElsewhere(Class<?> type) {
        concerned(type).forEach(l -> l.changed(type));
    }

    private static List<Listener> concerned(Class<?> type) {
        return LISTENERS.stream().filter(l -> l.watched().stream().anyMatch(w -> w.isAssignableFrom(type))).toList();
    }

    private static Optional<TransactionSynchronizationRegistry> registry() {
        try {
            TransactionSynchronizationRegistry tx = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            return tx.getTransactionKey() != null && tx.getTransactionStatus() == Status.STATUS_ACTIVE ? Optional.of(tx) : Optional.empty();
        } catch (NamingException | IllegalStateException e) {
            LOG.log(Level.FINE, "No transaction to follow a write to its end", e);
            return Optional.empty();
        }
    }
}
