package org.multisitecrm.administration;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Moving a branch in the tree over the API: South moved under North is seen by North's users, its own
 * users keep their roles, a cycle or a moved root is refused, and moving it back undoes the visibility.
 */
class DomainMoveIT {

    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";
    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long domain(String name) {
        return api.firstId(HEAD, ADMIN_KEY, "Domain", "get", "{\"where\":[[\"name\",\"=\",\"" + name + "\"]]}");
    }

    private int sees(String host, String key, long contact) {
        return api.ok(host, key, "Contact", "get", "{\"where\":[[\"id\",\"=\"," + contact + "]]}").getInt("count");
    }

    private HttpResponse<String> move(long domain, long parent) {
        return api.call(HEAD, ADMIN_KEY, "Domain", "update", "{\"where\":[[\"id\",\"=\"," + domain + "]],\"values\":{\"parent_id\":" + parent + "}}");
    }

    @Test
    void aBranchMovedUnderAnotherIsSeenFromThereAndKeepsItsUsers() {
        long head = domain("Head Office");
        long north = domain("Branch North");
        long south = domain("Branch South");
        long sara = api.firstId(SOUTH, SOUTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Southey\"]]}");
        assertEquals(0, sees(NORTH, NORTH_KEY, sara), "before: Sara is South's alone among the branches");
        try {
            assertEquals(200, move(south, north).statusCode());
            assertEquals(north, api.ok(HEAD, ADMIN_KEY, "Domain", "get", "{\"where\":[[\"id\",\"=\"," + south + "]]}")
                    .getJsonArray("values").getJsonObject(0).getJsonNumber("parent_id").longValue());
            assertEquals(1, sees(NORTH, NORTH_KEY, sara), "North now sees its new branch's contacts");
            assertEquals(1, sees(SOUTH, SOUTH_KEY, sara), "South's users keep their roles and their view");
            assertEquals(1, sees(HEAD, ADMIN_KEY, sara), "head office still sees every branch");

            HttpResponse<String> cycle = move(north, south);
            assertEquals(400, refused(cycle));
            assertTrue(message(cycle).startsWith("parent_id: moving Branch North under Branch South would make a cycle"), message(cycle));
            HttpResponse<String> root = move(head, north);
            assertEquals(400, refused(root));
            assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "Domain", "update", "{\"where\":[[\"id\",\"=\"," + south
                    + "]],\"values\":{\"parent_id\":" + head + "}}")), "only 'administer Multiple Organizations' moves domains");
        } finally {
            assertEquals(200, move(south, head).statusCode());
        }
        assertEquals(0, sees(NORTH, NORTH_KEY, sara), "moved back: North no longer sees Sara");
        assertEquals(1, sees(SOUTH, SOUTH_KEY, sara));
    }
}
