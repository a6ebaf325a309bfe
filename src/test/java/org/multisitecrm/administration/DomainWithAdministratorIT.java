package org.multisitecrm.administration;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * {@code Domain.create} with its first administrator, over APIv4 on the demo server: a refused login
 * (weak password, a taken username) leaves no domain behind, and a good one signs in on the new site
 * as that domain's administrator, matched to a contact the new domain sees.
 */
class DomainWithAdministratorIT {

    private static final String HEAD = "localhost";
    private static final String ADMIN_KEY = "admin-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private HttpResponse<String> create(String name, String username, String password) {
        return api.call(HEAD, ADMIN_KEY, "Domain", "create", "{\"values\":{\"name\":\"" + name + "\",\"parent_id\":1,"
                + "\"administrator_username\":\"" + username + "\",\"administrator_password\":\"" + password + "\","
                + "\"administrator_first_name\":\"Wendy\",\"administrator_last_name\":\"West\","
                + "\"administrator_email\":\"wendy@west.example\"}}");
    }

    private int domainsNamed(String name) {
        return api.ok(HEAD, ADMIN_KEY, "Domain", "get", "{\"where\":[[\"name\",\"=\",\"" + name + "\"]]}").getInt("count");
    }

    @Test
    void aRefusedAdministratorLeavesNoDomainBehind() {
        String name = "Branch Refused " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> weak = create(name, "refused-" + UUID.randomUUID().toString().substring(0, 8), "short");
        assertEquals(400, refused(weak));
        assertTrue(message(weak).startsWith("administrator_password: at least"), message(weak));
        HttpResponse<String> taken = create(name, "north", "a long enough password");
        assertEquals(400, refused(taken));
        assertTrue(message(taken).startsWith("administrator_username: 'north' is taken"), message(taken));
        HttpResponse<String> halfGiven = api.call(HEAD, ADMIN_KEY, "Domain", "create", "{\"values\":{\"name\":\"" + name + "\","
                + "\"administrator_email\":\"someone@example.org\"}}");
        assertEquals(400, refused(halfGiven));
        assertTrue(message(halfGiven).startsWith("administrator_username: is required"), message(halfGiven));
        assertEquals(0, domainsNamed(name), "no domain, organisation or group of it was kept");
    }

    @Test
    void theFirstAdministratorSignsInOnTheNewSiteAsItsAdministrator() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Branch West " + suffix;
        String username = "west-" + suffix;
        long domain = Api4Client.ok(create(name, username, "a long enough password")).getJsonArray("values").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String host = "west-" + suffix + ".localhost";
        api.ok(HEAD, ADMIN_KEY, "Site", "create", "{\"values\":{\"domain_id\":" + domain + ",\"hostname\":\"" + host + "\",\"port\":80}}");

        JsonObject domainRow = api.ok(HEAD, ADMIN_KEY, "Domain", "get", "{\"where\":[[\"id\",\"=\"," + domain + "]]}")
                .getJsonArray("values").getJsonObject(0);
        assertFalse(domainRow.containsKey("administrator_password"), "the password is written, never read: " + domainRow);

        HttpResponse<String> login = server.send(host, "POST", "/api/login", Map.of("Content-Type", Api4Client.FORM),
                "username=" + username + "&password=a+long+enough+password");
        assertEquals(200, login.statusCode(), login.body());
        JsonObject me = Api4Client.json(login.body());
        assertEquals(domain, me.getJsonNumber("domain_id").longValue(), me.toString());
        assertTrue(me.getJsonArray("permissions").toString().contains("administer CiviCRM"), me.toString());
        assertFalse(me.getJsonArray("permissions").toString().contains("administer Multiple Organizations"),
                "a branch's administrator, not head office's: " + me);

        long contact = me.getJsonNumber("contact_id").longValue();
        JsonObject person = api.ok(HEAD, ADMIN_KEY, "Contact", "get", "{\"select\":[\"display_name\"],"
                + "\"where\":[[\"id\",\"=\"," + contact + "]]}").getJsonArray("values").getJsonObject(0);
        assertEquals("Wendy West", person.getString("display_name"));
        assertEquals(java.util.Set.of("wendy@west.example"), Api4Client.column(api.ok(HEAD, ADMIN_KEY, "Email", "get",
                "{\"where\":[[\"contact_id\",\"=\"," + contact + "]]}"), "email"));
        assertEquals(1, api.ok(HEAD, ADMIN_KEY, "GroupContact", "get", "{\"where\":[[\"contact_id\",\"=\"," + contact + "],"
                + "[\"group_id.title\",\"=\",\"" + name + "\"],[\"status\",\"=\",\"Added\"]]}").getInt("count"),
                "hard-added to the new domain's group, so the domain sees its administrator");
    }
}
