package org.multisitecrm.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The servers running on this database, each announcing itself every {@link #ANNOUNCE_EVERY}; one not
 * heard from for three times that is taken for gone. Kept in the database rather than the grid so that
 * servers started without one (two instances of a multi-instance setup, say) are listed as well.
 */
@ApplicationScoped
public class ServerRegistry {

    public static final Duration ANNOUNCE_EVERY = Duration.ofSeconds(30);
    static final Duration GONE_AFTER = ANNOUNCE_EVERY.multipliedBy(3);
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(7);

    @Inject
    private Grid grid;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    public String ownName() {
        return grid.memberName();
    }

    /** This server is running and reads these overrides; at start it is also (re)started now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void announce(String overrideFingerprints, boolean starting) {
        LocalDateTime now = LocalDateTime.now();
        ServerRecord own = em.createQuery("SELECT s FROM ServerRecord s WHERE s.name = :name", ServerRecord.class)
                .setParameter("name", ownName()).getResultStream().findFirst().orElse(null);
        if (own == null) {
            own = new ServerRecord(ownName(), now);
            em.persist(own);
        } else if (starting) {
            own.restarted(now);
        }
        own.seen(now, overrideFingerprints);
        em.createQuery("DELETE FROM ServerRecord s WHERE s.lastSeenDate < :cutoff")
                .setParameter("cutoff", now.minus(FORGOTTEN_AFTER)).executeUpdate();
    }

    /** Every server heard from lately, this one included, by name. */
    public List<ServerRecord> running() {
        return em.createQuery("SELECT s FROM ServerRecord s WHERE s.lastSeenDate >= :since ORDER BY s.name", ServerRecord.class)
                .setParameter("since", LocalDateTime.now().minus(GONE_AFTER)).getResultList();
    }

    /** This server is stopping: it is no longer listed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void leave() {
        em.createQuery("DELETE FROM ServerRecord s WHERE s.name = :name").setParameter("name", ownName()).executeUpdate();
    }
}
