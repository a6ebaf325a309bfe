package org.multisitecrm.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.status.SystemFacts;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;

import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * {@code System.get}'s {@code servers}: the servers running on this database and the grid's member
 * count, for head office only (a branch has no say over the installation's machines).
 */
@ApplicationScoped
public class ServerFacts implements SystemFacts {

    @Inject
    private ServerRegistry registry;

    @Inject
    private Grid grid;

    @Override
    public Map<String, JsonValue> facts() {
        if (!Caller.require().has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS)) {
            return Map.of();
        }
        JsonArrayBuilder servers = JSON.createArrayBuilder();
        for (ServerRecord server : registry.running()) {
            servers.add(JSON.createObjectBuilder().add("name", server.getName())
                    .add("started_date", server.getStartedDate().toString())
                    .add("last_seen_date", server.getLastSeenDate().toString())
                    .add("is_this_server", server.getName().equals(registry.ownName())));
        }
        return Map.of("servers", servers.build(), "cluster", JSON.createObjectBuilder()
                .add("is_clustered", grid.isClustered()).add("members", grid.memberCount()).build());
    }
}
