package org.multisitecrm.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Payara's data grid when this server was started as a member of a cluster ({@code crm.cluster}),
 * else nothing: a single server has no one to tell.
 */
@ApplicationScoped
public class Grid {

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());
    /** Where Payara binds its Hazelcast instance. */
    static final String JNDI_NAME = "payara/Hazelcast";

    @Inject
    @ConfigProperty(name = "crm.cluster", defaultValue = "false")
    private boolean clustered;

    @Inject
    @ConfigProperty(name = "crm.instance.name")
    private Optional<String> configuredName;

    private volatile Optional<HazelcastInstance> instance;

    public boolean isClustered() {
        return clustered;
    }

    public Optional<HazelcastInstance> instance() {
        Optional<HazelcastInstance> current = instance;
        if (current == null) {
            current = lookUp();
            instance = current;
        }
        return current;
    }

    /** This server's name among the servers on the database: CRM_INSTANCE_NAME, else host name and HTTP port. */
    public String memberName() {
        if (configuredName.isPresent() && !configuredName.get().isBlank()) {
            return configuredName.get();
        }
        return instance().map(hz -> hz.getCluster().getLocalMember().getAddress().toString()).orElse("server");
    }

    /** How many servers the grid holds now, this one included (1 without a grid). */
    public int memberCount() {
        return instance().map(hz -> hz.getCluster().getMembers().size()).orElse(1);
    }

    private Optional<HazelcastInstance> lookUp() {
        if (!clustered) {
            return Optional.empty();
        }
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance hz) {
                return Optional.of(hz);
            }
            throw new IllegalStateException(JNDI_NAME + " holds " + found + ", not a Hazelcast instance");
        } catch (NamingException e) {
            // started as a member but Payara has no grid: refuse, or members would silently drift apart
            throw new IllegalStateException("CRM_CLUSTER is set but Payara's data grid is not running (" + JNDI_NAME
                    + ": " + e.getMessage() + ")", e);
        }
    }
}
