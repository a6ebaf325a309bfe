package org.multisitecrm.event;

import jakarta.json.JsonObject;
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
 * Events, registrations and campaigns over APIv4 as CiviCRM documents them, each domain's own: North's
 * event, its participants and its campaign do not exist for South, a registration needs a contact the
 * writer can edit, and a full event takes no more counted registrations.
 */
class EventApiIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    @Test
    void anEventTakesRegistrationsUpToItsCapacityAndIsItsDomainsAlone() {
        long campaign = api.firstId(NORTH, NORTH_KEY, "Campaign", "create", "{\"values\":{\"name\":\"spring_" + System.nanoTime()
                + "\",\"title\":\"Spring appeal\",\"campaign_type_id:name\":\"Direct Mail\",\"status_id:name\":\"In Progress\"}}");
        long event = api.firstId(NORTH, NORTH_KEY, "Event", "create", "{\"values\":{\"title\":\"Spring fair\",\"event_type_id:name\":\"Fundraiser\","
                + "\"start_date\":\"2026-04-01 10:00:00\",\"end_date\":\"2026-04-01 16:00:00\",\"max_participants\":1,\"campaign_id\":" + campaign + "}}");
        long ned = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Nyberg\"]]}");
        long shona = api.firstId(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Sharp\"]]}");
        long sara = api.firstId(SOUTH, SOUTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Southey\"]]}");
        try {
            JsonObject registered = api.ok(NORTH, NORTH_KEY, "Participant", "create", "{\"values\":{\"event_id\":" + event + ",\"contact_id\":"
                    + ned + ",\"status_id:name\":\"Registered\",\"role_id:name\":[\"Attendee\",\"Volunteer\"],\"fee_amount\":5}}")
                    .getJsonArray("values").getJsonObject(0);
            long participant = registered.getJsonNumber("id").longValue();
            assertEquals("[\"1\",\"2\"]", registered.getJsonArray("role_id").toString());
            JsonObject read = api.ok(NORTH, NORTH_KEY, "Participant", "get", "{\"select\":[\"event_id.title\",\"contact_id.display_name\","
                    + "\"status_id:label\",\"role_id:label\",\"event_id.campaign_id.title\"],\"where\":[[\"id\",\"=\"," + participant + "]]}")
                    .getJsonArray("values").getJsonObject(0);
            assertEquals("Spring fair", read.getString("event_id.title"));
            assertEquals("Registered", read.getString("status_id:label"));
            assertEquals("[\"Attendee\",\"Volunteer\"]", read.getJsonArray("role_id:label").toString());
            assertEquals("Spring appeal", read.getString("event_id.campaign_id.title"));

            HttpResponse<String> full = api.call(NORTH, NORTH_KEY, "Participant", "create", "{\"values\":{\"event_id\":" + event
                    + ",\"contact_id\":" + shona + "}}");
            assertEquals(400, refused(full));
            assertEquals("event_id: the event is full: 1 participants (max_participants)", message(full));
            api.ok(NORTH, NORTH_KEY, "Participant", "create", "{\"values\":{\"event_id\":" + event + ",\"contact_id\":" + shona
                    + ",\"status_id:name\":\"On waitlist\"}}");
            api.ok(NORTH, NORTH_KEY, "Participant", "update", "{\"where\":[[\"id\",\"=\"," + participant + "]],\"values\":{\"status_id:name\":\"Attended\"}}");

            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Event", "get", "{\"where\":[[\"id\",\"=\"," + event + "]]}").getInt("count"));
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Campaign", "get", "{\"where\":[[\"id\",\"=\"," + campaign + "]]}").getInt("count"));
            assertEquals(0, api.ok(SOUTH, SOUTH_KEY, "Participant", "get", "{\"where\":[[\"event_id\",\"=\"," + event + "]]}").getInt("count"),
                    "not even the registration of Shona, whom South sees: it is North's event's");
            HttpResponse<String> southRegisters = api.call(SOUTH, SOUTH_KEY, "Participant", "create", "{\"values\":{\"event_id\":" + event
                    + ",\"contact_id\":" + sara + "}}");
            HttpResponse<String> missing = api.call(SOUTH, SOUTH_KEY, "Participant", "create", "{\"values\":{\"event_id\":2147480000,\"contact_id\":"
                    + sara + "}}");
            assertEquals(400, refused(southRegisters));
            assertEquals(message(missing).replace("2147480000", "ID"), message(southRegisters).replace(String.valueOf(event), "ID"),
                    "North's event is answered as a missing one");
            HttpResponse<String> unseenContact = api.call(NORTH, NORTH_KEY, "Participant", "create", "{\"values\":{\"event_id\":" + event
                    + ",\"contact_id\":" + sara + ",\"status_id:name\":\"On waitlist\"}}");
            assertEquals(400, refused(unseenContact));
            assertEquals("contact_id: no Contact has id " + sara, message(unseenContact));

            HttpResponse<String> backwards = api.call(NORTH, NORTH_KEY, "Event", "update", "{\"where\":[[\"id\",\"=\"," + event + "]],"
                    + "\"values\":{\"end_date\":\"2026-03-01 00:00:00\"}}");
            assertEquals(400, refused(backwards));
            assertEquals("end_date: is before start_date", message(backwards));
            assertEquals(403, refused(api.call(NORTH, "clerk-demo-key", "Event", "create", "{\"values\":{\"title\":\"x\"}}")),
                    "events need 'edit all events'");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Event", "delete", "{\"where\":[[\"id\",\"=\"," + event + "]]}");
            api.ok(NORTH, NORTH_KEY, "Campaign", "delete", "{\"where\":[[\"id\",\"=\"," + campaign + "]]}");
        }
    }
}
