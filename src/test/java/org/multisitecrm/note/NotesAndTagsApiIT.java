package org.multisitecrm.note;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * Notes and tags on the demo server: they follow their contact (a note on a contact both branches see
 * is seen by both, one on North's own contact by North alone), a private note is its author's alone
 * whoever else sees the contact, the author is the writer, and shared tags are head office's.
 */
class NotesAndTagsApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final long VOLUNTEER = 5;

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private long contact(String lastName) {
        return api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"" + lastName + "\"]]}");
    }

    private Set<String> subjects(String host, String key, long contactId) {
        return Api4Client.column(api.ok(host, key, "Note", "get", "{\"where\":[[\"entity_id\",\"=\"," + contactId + "]]}"), "subject");
    }

    @Test
    void notesFollowTheirContactAndPrivateOnesTheirAuthor() {
        long shona = contact("Sharp");
        long ned = contact("Nyberg");
        long nina = api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Manager\"],[\"first_name\",\"=\",\"Nina\"]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject open = api.ok(NORTH, NORTH_KEY, "Note", "create",
                "{\"values\":{\"entity_id\":" + shona + ",\"subject\":\"Called Shona\",\"note\":\"Happy to help in spring\"}}")
                .getJsonArray("values").getJsonObject(0);
        assertEquals(nina, open.getJsonNumber("contact_id").longValue(), "the author is the writer");
        api.ok(NORTH, NORTH_KEY, "Note", "create", "{\"values\":{\"entity_id\":" + shona + ",\"subject\":\"Nina's own\",\"privacy\":\"1\"}}");
        api.ok(NORTH, NORTH_KEY, "Note", "create", "{\"values\":{\"entity_id\":" + ned + ",\"subject\":\"About Ned\"}}");

        assertTrue(subjects(NORTH, NORTH_KEY, shona).containsAll(Set.of("Called Shona", "Nina's own")));
        assertTrue(subjects(SOUTH, SOUTH_KEY, shona).contains("Called Shona"), "South sees Shona, so her notes");
        assertTrue(!subjects(SOUTH, SOUTH_KEY, shona).contains("Nina's own"), "a private note is its author's alone");
        assertTrue(!subjects("localhost", "admin-demo-key", shona).contains("Nina's own"), "even to head office");
        assertEquals(Set.of(), subjects(SOUTH, SOUTH_KEY, ned), "Ned is North's: so are his notes");

        HttpResponse<String> onNed = api.call(SOUTH, SOUTH_KEY, "Note", "create", "{\"values\":{\"entity_id\":" + ned + ",\"subject\":\"x\"}}");
        assertEquals(400, refused(onNed));
        assertEquals("entity_id: no Contact has id " + ned, message(onNed));
        HttpResponse<String> asSomeoneElse = api.call(NORTH, NORTH_KEY, "Note", "create",
                "{\"values\":{\"entity_id\":" + ned + ",\"subject\":\"x\",\"contact_id\":" + shona + "}}");
        assertEquals(400, refused(asSomeoneElse));
        assertTrue(message(asSomeoneElse).startsWith("contact_id"), message(asSomeoneElse));
        HttpResponse<String> onAGroup = api.call(NORTH, NORTH_KEY, "Note", "create",
                "{\"values\":{\"entity_table\":\"civicrm_group\",\"entity_id\":" + ned + ",\"subject\":\"x\"}}");
        assertEquals(400, refused(onAGroup));
        assertTrue(message(onAGroup).startsWith("entity_table"), message(onAGroup));
    }

    @Test
    void taggingsFollowTheirContactAndSharedTagsAreHeadOffices() {
        long shona = contact("Sharp");
        long ned = contact("Nyberg");
        api.ok(NORTH, NORTH_KEY, "EntityTag", "create", "{\"values\":{\"entity_id\":" + ned + ",\"tag_id\":" + VOLUNTEER + "}}");
        api.ok(NORTH, NORTH_KEY, "EntityTag", "create", "{\"values\":{\"entity_id\":" + shona + ",\"tag_id\":" + VOLUNTEER + "}}");
        assertEquals(409, refused(api.call(NORTH, NORTH_KEY, "EntityTag", "create",
                "{\"values\":{\"entity_id\":" + ned + ",\"tag_id\":" + VOLUNTEER + "}}")), "a contact carries a tag once");

        Set<String> southSees = Api4Client.column(api.ok(SOUTH, SOUTH_KEY, "EntityTag", "get",
                "{\"select\":[\"entity_id\"],\"where\":[[\"tag_id\",\"=\"," + VOLUNTEER + "]]}"), "entity_id");
        assertTrue(southSees.contains(Long.toString(shona)) && !southSees.contains(Long.toString(ned)), southSees.toString());
        assertEquals(400, refused(api.call(SOUTH, SOUTH_KEY, "EntityTag", "create",
                "{\"values\":{\"entity_id\":" + ned + ",\"tag_id\":1}}")), "South cannot tag North's contact");

        assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "Tag", "create", "{\"values\":{\"name\":\"north_only\",\"label\":\"North only\"}}")),
                "tags are shared, so a branch does not make them");
        long tag = api.firstId("localhost", "admin-demo-key", "Tag", "create", "{\"values\":{\"name\":\"Trustee\",\"label\":\"Trustee\"}}");
        api.ok("localhost", "admin-demo-key", "Tag", "delete", "{\"where\":[[\"id\",\"=\"," + tag + "]]}");
    }
}
