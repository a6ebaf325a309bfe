package org.multisitecrm.contact;

import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * CiviCRM's {@code uniq_email_per_site} over APIv4: with it on, a domain's email belongs to one of its
 * contacts, on create and update, whatever its case; another domain's contacts holding the address are
 * neither counted nor revealed, and with it off (the default) duplicates are allowed, as in CiviCRM.
 */
class UniqueEmailPerDomainIT {

    private static final String NORTH = "north.localhost";
    private static final String SOUTH = "south.localhost";
    private static final String ADMIN_KEY = "admin-demo-key";

    private final Api4Client api = new Api4Client(DemoServer.get());

    @Test
    void withTheSettingOnAnEmailBelongsToOneContactOfTheDomain() {
        String email = "unique-" + System.nanoTime() + "@branches.example";
        long locationType = api.firstId(NORTH, "north-demo-key", "LocationType", "get", "{\"select\":[\"id\"]}");
        long first = contact(NORTH, "north-demo-key", "First");
        email(NORTH, "north-demo-key", first, email, locationType);
        long second = contact(NORTH, "north-demo-key", "Second");
        assertEquals(200, email(NORTH, "north-demo-key", second, email, locationType).statusCode(), "allowed while the setting is off");
        api.ok(NORTH, "north-demo-key", "Email", "delete", "{\"where\":[[\"contact_id\",\"=\"," + second + "]]}");

        setUnique(true);
        try {
            HttpResponse<String> duplicate = email(NORTH, "north-demo-key", second, email.toUpperCase(), locationType);
            assertEquals(400, refused(duplicate));
            assertTrue(message(duplicate).startsWith("email: "), message(duplicate));
            assertTrue(message(duplicate).contains("uniq_email_per_site"), message(duplicate));

            long other = api.firstId(NORTH, "north-demo-key", "Email", "create", "{\"values\":{\"contact_id\":" + second
                    + ",\"email\":\"other-" + email + "\",\"location_type_id\":" + locationType + "}}");
            HttpResponse<String> changed = api.call(NORTH, "north-demo-key", "Email", "update",
                    "{\"where\":[[\"id\",\"=\"," + other + "]],\"values\":{\"email\":\"" + email + "\"}}");
            assertEquals(400, refused(changed), "an update is checked as a create is");
            assertEquals(200, api.call(NORTH, "north-demo-key", "Email", "update", "{\"where\":[[\"id\",\"=\"," + other
                    + "]],\"values\":{\"is_primary\":true}}").statusCode(), "a change that leaves the address alone is no duplicate");
            assertEquals(200, email(NORTH, "north-demo-key", first, email, locationType).statusCode(),
                    "the same contact may hold its address twice (home and work)");

            long southern = contact(SOUTH, "south-demo-key", "Southern");
            assertEquals(200, email(SOUTH, "south-demo-key", southern, email, locationType).statusCode(),
                    "North's contacts are not South's: South learns nothing of them");
        } finally {
            setUnique(false);
        }
    }

    private long contact(String host, String key, String lastName) {
        return api.firstId(host, key, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Una\",\"last_name\":\"" + lastName + "\"}}");
    }

    private HttpResponse<String> email(String host, String key, long contactId, String email, long locationType) {
        return api.call(host, key, "Email", "create", "{\"values\":{\"contact_id\":" + contactId + ",\"email\":\"" + email
                + "\",\"location_type_id\":" + locationType + "}}");
    }

    private void setUnique(boolean on) {
        for (String host : new String[] {NORTH, SOUTH}) {
            if (on) {
                api.ok(host, ADMIN_KEY, "Setting", "set", "{\"values\":{\"uniq_email_per_site\":true}}");
            } else {
                api.ok(host, ADMIN_KEY, "Setting", "revert", "{\"select\":[\"uniq_email_per_site\"]}");
            }
        }
    }
}
