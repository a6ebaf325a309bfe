package org.multisitecrm.setting.override;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.multisitecrm.cluster.ServerRegistry;
import org.multisitecrm.infrastructure.RepeatingWork;
import org.multisitecrm.security.Caller;

import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the server list, at start, every half minute and whenever a file changes, which overrides this
 * server reads: how {@link OverridesAgreeCheck} sees members whose {@code civicrm-settings/} differ.
 */
@Singleton
public class OverridesAnnouncement {

    private static final Logger LOG = Logger.getLogger(OverridesAnnouncement.class.getName());

    @Inject
    private OverrideFolder folder;

    @Inject
    private ServerRegistry registry;

    @Resource
    private ManagedScheduledExecutorService executor;

    private volatile boolean started;
    private ScheduledFuture<?> repeating;

    public void start() {
        announce(true);
        started = true;
        repeating = RepeatingWork.every(executor, ServerRegistry.ANNOUNCE_EVERY, ServerRegistry.ANNOUNCE_EVERY,
                "Announcing this server", () -> announce(false));
    }

    public void onReload(@Observes OverridesReloaded reloaded) {
        if (started) {
            announce(false);
        }
    }

    private void announce(boolean starting) {
        String fingerprints = OverrideFingerprints.of(folder.snapshot(), folder.environment()).encode();
        try {
            Caller.system("server list").run(() -> registry.announce(fingerprints, starting));
        } catch (RuntimeException e) {
            if (starting) {
                throw e;
            }
            // the next announcement comes in half a minute; meanwhile the list shows this server's last one
            LOG.log(Level.WARNING, "Could not update this server's entry in the server list", e);
        }
    }

    @PreDestroy
    void stop() {
        if (!started) {
            return;
        }
        repeating.cancel(false);
        try {
            Caller.system("server list").run(registry::leave);
        } catch (RuntimeException e) {
            LOG.fine(() -> "This server's entry stays in the server list until it ages out: " + e.getMessage());
        }
    }
}
