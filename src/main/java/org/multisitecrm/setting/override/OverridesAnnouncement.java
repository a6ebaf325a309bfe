package org.multisitecrm.setting.override;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.multisitecrm.cluster.ServerRegistry;
import org.multisitecrm.security.Caller;

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

    private volatile boolean started;

    public void start() {
        announce(true);
        started = true;
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void everyHalfMinute() {
        if (started) {
            announce(false);
        }
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
        try {
            Caller.system("server list").run(registry::leave);
        } catch (RuntimeException e) {
            LOG.fine(() -> "This server's entry stays in the server list until it ages out: " + e.getMessage());
        }
    }
}
