package org.multisitecrm.api4;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Entity.get}, what CiviCRM's clients ask first: exactly the entities this server exposes. */
class EntityGetIT {

    private final Api4Client api = new Api4Client(DemoServer.get());

    @Test
    void listsTheCataloguesEntitiesAndThePseudoEntities() {
        JsonObject all = api.ok("north.localhost", "north-demo-key", "Entity", "get", "{\"select\":[\"name\",\"title_plural\"]}");
        Set<String> names = Api4Client.column(all, "name");
        assertTrue(names.containsAll(Set.of("Contact", "Membership", "Contribution", "Job", "Setting", "Entity")), names.toString());
        assertTrue(!names.contains("UserAccount") && !names.contains("ApiKey"), "nothing outside the allowlist");

        List<JsonObject> contact = api.ok("north.localhost", "north-demo-key", "Entity", "get",
                "{\"where\":[[\"name\",\"=\",\"MembershipStatus\"]]}").getJsonArray("values").getValuesAs(JsonObject.class);
        assertEquals(1, contact.size());
        assertEquals("Membership Statuses", contact.get(0).getString("title_plural"));
        assertEquals("label", contact.get(0).getString("label_field"));
        assertEquals(List.of("id"), contact.get(0).getJsonArray("primary_key").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(400, Api4Client.refused(api.call("north.localhost", "north-demo-key", "Entity", "get",
                "{\"where\":[[\"title\",\"=\",\"Contact\"]]}")));
    }
}
