package org.multisitecrm.cluster;

import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the other members of the grid that data they hold in memory has changed, and hands what they
 * tell this one to its observers of {@link ClusterNotice}. Carried by a grid topic as plain text (the
 * grid's threads cannot load the application's classes), and received on the application's own
 * executor, where the persistence unit and CDI are usable. Without a grid, publishing does nothing.
 */
@ApplicationScoped
public class ClusterNotices {

    private static final Logger LOG = Logger.getLogger(ClusterNotices.class.getName());
    static final String TOPIC = "multisite-crm.notices";
    private static final char SEPARATOR = '\n';

    @Inject
    private Grid grid;

    @Inject
    private Event<ClusterNotice> received;

    @Resource
    private ManagedExecutorService executor;

    private volatile ITopic<String> topic;
    private volatile UUID listener;

    /** Subscribes this member; called once at start, before any request. */
    public synchronized void listen() {
        grid.instance().ifPresent(hz -> {
            topic = hz.getTopic(TOPIC);
            listener = topic.addMessageListener(this::onMessage);
            LOG.info(() -> "Cluster: " + grid.memberName() + " joined, " + hz.getCluster().getMembers().size() + " member(s)");
        });
    }

    public void publish(String subject, String detail) {
        ITopic<String> current = topic;
        if (current != null) {
            current.publish(subject + SEPARATOR + grid.memberName() + SEPARATOR + detail);
        }
    }

    private void onMessage(Message<String> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        String[] parts = message.getMessageObject().split(String.valueOf(SEPARATOR), 3);
        if (parts.length < 3) {
            LOG.warning(() -> "Cluster: an unreadable notice was ignored: " + message.getMessageObject());
            return;
        }
        ClusterNotice notice = new ClusterNotice(parts[0], parts[2], parts[1]);
        executor.execute(() -> {
            try {
                received.fire(notice);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Cluster: acting on " + notice + " failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        ITopic<String> current = topic;
        if (current != null && listener != null) {
            try {
                current.removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.fine(() -> "Cluster: the grid was gone before its listener: " + e.getMessage());
            }
        }
    }
}
