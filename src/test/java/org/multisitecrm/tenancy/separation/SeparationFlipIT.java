package org.multisitecrm.tenancy.separation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.Folders;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator moves an entity that exists today from {@code shared} to {@code domain} and back with
 * the built jar as it is: edit the separation table in the configuration folder, start (refused, with
 * the SQL to add), save that SQL as a migration in the folder's {@code migrations/}, start again. In
 * between, every API path confines the entity to its domain; afterwards it is shared again. Contributions
 * are flipped alongside: the seed's charities sharing a donor, each seeing only the gifts made to it.
 */
class SeparationFlipIT {

    private static final Duration START = Duration.ofSeconds(180);
    private static final String SHARED_ROW = "| Relationship Type | shared | RelationshipType |";
    private static final String DOMAIN_ROW = "| Relationship Type | domain | RelationshipType |";
    private static final String SHARED_BOOKS = "| Contribution | shared | Contribution, LineItem, FinancialTrxn |";
    private static final String SEPARATE_BOOKS = "| Contribution | domain | Contribution, LineItem, FinancialTrxn |";
    private static final Pattern SUGGESTED_FILE = Pattern.compile("migrations/(V[0-9.]+__separation\\.sql)");
    private static final String ADMIN = "admin-demo-key";
    private static final String HEAD = "localhost";
    private static final String NORTH = "north.localhost";
    private static final String SOUTH = "south.localhost";
    private static final String MENTOR = "{\"values\":{\"name_a_b\":\"Mentor of\",\"label_a_b\":\"Mentor of\","
            + "\"name_b_a\":\"Mentee of\",\"label_b_a\":\"Mentee of\"}}";

    @Test
    void relationshipTypesBecomePerDomainByTheTableAndAMigrationAloneAndShareAgainWhenFlippedBack() throws Exception {
        Path config = Files.createTempDirectory(Path.of("/tmp"), "crm-it-flip-config-");
        Path data = Files.createTempDirectory(Path.of("/tmp"), "crm-it-flip-data-");
        Map<String, String> env = Map.of("CRM_CONFIG_DIR", config.toString(), "CRM_DATA_DIR", data.toString());
        String table = Files.readString(Path.of("config", SeparationTable.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(table.contains(SHARED_ROW), "the table's RelationshipType row changed: update this test");
        assertTrue(table.contains(SHARED_BOOKS), "the table's Contribution row changed: update this test");
        try {
            Files.writeString(config.resolve(SeparationTable.FILE_NAME), table);
            try (ServerProcess server = ServerProcess.launch("flip-before", env).awaitReady(START)) {
                server.stop(); // an instance in use: its domains exist to own the rows
            }
            Files.writeString(config.resolve(SeparationTable.FILE_NAME), table.replace(SHARED_ROW, DOMAIN_ROW)
                    .replace(SHARED_BOOKS, SEPARATE_BOOKS));
            saveSuggestedMigration(refusedStart("flip-refused", env), config, "");

            long north;
            int seeded;
            try (ServerProcess server = ServerProcess.launch("flip-domain", env).awaitReady(START)) {
                Api4Client api = new Api4Client(server);
                JsonObject headOffice = api.ok(HEAD, ADMIN, "RelationshipType", "get", "{\"select\":[\"id\",\"domain_id\"]}");
                seeded = headOffice.getInt("count");
                assertTrue(seeded > 0, "the existing types were backfilled to the head office");
                assertEquals(Set.of("1"), Api4Client.column(headOffice, "domain_id"));
                assertEquals(0, api.ok(NORTH, ADMIN, "RelationshipType", "get", "{}").getInt("count"),
                        "North no longer sees the head office's types");
                assertTrue(Api4Client.column(api.ok(NORTH, ADMIN, "RelationshipType", "getFields", "{\"select\":[\"name\"]}"), "name")
                        .contains("domain_id"), "the API exposes the owner of a per-domain entity");

                north = api.firstId(NORTH, ADMIN, "RelationshipType", "create", MENTOR);
                assertEquals(Set.of("2"), Api4Client.column(api.ok(NORTH, ADMIN, "RelationshipType", "get",
                        "{\"select\":[\"domain_id\"],\"where\":[[\"id\",\"=\"," + north + "]]}"), "domain_id"));
                long south = api.firstId(SOUTH, ADMIN, "RelationshipType", "create", MENTOR);
                assertNotEquals(north, south, "a name is unique per domain, so South may choose North's");

                String byId = "[[\"id\",\"=\"," + north + "]]";
                assertEquals(0, api.ok(SOUTH, ADMIN, "RelationshipType", "get", "{\"where\":" + byId + "}").getInt("count"));
                assertEquals(0, api.ok(SOUTH, "south-demo-key", "RelationshipType", "get",
                        "{\"where\":[[\"domain_id\",\"=\",2]]}").getInt("count"));
                assertNothingDone(api.call(SOUTH, ADMIN, "RelationshipType", "update",
                        "{\"where\":" + byId + ",\"values\":{\"label_a_b\":\"Taken over\"}}"));
                assertNothingDone(api.call(SOUTH, ADMIN, "RelationshipType", "update",
                        "{\"values\":{\"id\":" + north + ",\"label_a_b\":\"Taken over\"}}"));
                assertNothingDone(api.call(SOUTH, ADMIN, "RelationshipType", "delete", "{\"where\":" + byId + "}"));
                assertEquals(Set.of("Mentor of"), Api4Client.column(api.ok(NORTH, ADMIN,
                        "RelationshipType", "get", "{\"where\":" + byId + "}"), "label_a_b"), "North's row is untouched");
                separateBooks(api);
                server.stop();
            }

            Files.writeString(config.resolve(SeparationTable.FILE_NAME), table);
            // the operator's own steps before sharing again: South's copy duplicates North's name, and the
            // two charities' transaction ids collide once they are one book
            saveSuggestedMigration(refusedStart("flip-back-refused", env), config,
                    "DELETE FROM civicrm_relationship_type WHERE domain_id = 3 AND name_a_b = 'Mentor of';\n"
                            + "UPDATE civicrm_contribution SET trxn_id = CONCAT('south-', trxn_id) WHERE domain_id = 3;\n");

            try (ServerProcess server = ServerProcess.launch("flip-back", env).awaitReady(START)) {
                Api4Client api = new Api4Client(server);
                JsonObject fromSouth = api.ok(SOUTH, "south-demo-key", "RelationshipType", "get", "{}");
                assertEquals(seeded + 1, fromSouth.getInt("count"), "every type is everyone's again: " + fromSouth);
                assertTrue(Api4Client.column(fromSouth, "id").contains(Long.toString(north)));
                assertFalse(Api4Client.column(api.ok(SOUTH, ADMIN, "RelationshipType", "getFields", "{\"select\":[\"name\"]}"), "name")
                        .contains("domain_id"));
                assertEquals(Set.of("North gift", "South gift"), Api4Client.column(api.ok(SOUTH, "south-demo-key", "Contribution", "get",
                        "{\"where\":[[\"source\",\"IN\",[\"North gift\",\"South gift\"]]]}"), "source"),
                        "shared books again: South sees every gift of the donor it sees");
                server.stop();
            }
        } finally {
            Folders.deleteTree(data);
            Folders.deleteTree(config);
        }
    }

    /**
     * Shona is in both branches' domain groups. With per-domain contributions each branch records her
     * gift and sees only its own, however it asks; the gifts from before the flip went to head office.
     */
    private static void separateBooks(Api4Client api) {
        long shona = api.ok(NORTH, "north-demo-key", "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Sharp\"]]}")
                .getJsonArray("values").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(0, api.ok(NORTH, "north-demo-key", "Contribution", "get", "{}").getInt("count"),
                "the earlier gifts were backfilled to head office");
        long northGift = api.firstId(NORTH, "north-demo-key", "Contribution", "create", "{\"values\":{\"contact_id\":" + shona
                + ",\"financial_type_id\":1,\"total_amount\":40,\"source\":\"North gift\",\"trxn_id\":\"gift-1\"}}");
        long southGift = api.firstId(SOUTH, "south-demo-key", "Contribution", "create", "{\"values\":{\"contact_id\":" + shona
                + ",\"financial_type_id\":1,\"total_amount\":15,\"source\":\"South gift\",\"trxn_id\":\"gift-1\"}}");
        assertNotEquals(northGift, southGift, "a transaction id is unique per charity, so South's does not reveal North's");
        for (String[] branch : new String[][] {{NORTH, "north-demo-key", "North gift"}, {SOUTH, "south-demo-key", "South gift"}}) {
            JsonObject seen = api.ok(branch[0], branch[1], "Contribution", "get", "{\"where\":[[\"contact_id\",\"=\"," + shona + "]]}");
            assertEquals(Set.of(branch[2]), Api4Client.column(seen, "source"), branch[0] + " sees its own gift only: " + seen);
        }
        assertEquals(1, api.ok(SOUTH, "south-demo-key", "Contribution", "get",
                "{\"select\":[\"row_count\"],\"where\":[[\"contact_id\",\"=\"," + shona + "]]}").getInt("count"));
        assertEquals(0, api.ok(SOUTH, "south-demo-key", "Contact", "get", "{\"select\":[\"id\"],\"join\":[[\"Contribution AS c\","
                + "\"INNER\",[\"c.contact_id\",\"=\",\"id\"],[\"c.id\",\"=\"," + northGift + "]]]}").getInt("count"), "nor through a join");
        assertNothingDone(api.call(SOUTH, "south-demo-key", "Contribution", "update",
                "{\"where\":[[\"id\",\"=\"," + northGift + "]],\"values\":{\"total_amount\":0}}"));
        assertNothingDone(api.call(SOUTH, "south-demo-key", "Contribution", "delete", "{\"where\":[[\"id\",\"=\"," + northGift + "]]}"));
        assertEquals(3, api.ok(HEAD, ADMIN, "Contribution", "get", "{}").getInt("count"), "head office holds the three from before");

        long northOrder = api.firstId(NORTH, "north-demo-key", "Order", "create", "{\"contributionValues\":{\"contact_id\":" + shona
                + ",\"financial_type_id\":1,\"source\":\"North order\"},\"lineItems\":[{\"unit_price\":30}]}");
        api.ok(NORTH, "north-demo-key", "Payment", "create", "{\"values\":{\"contribution_id\":" + northOrder + ",\"total_amount\":10}}");
        for (String entity : new String[] {"LineItem", "Payment"}) {
            assertEquals(0, api.ok(SOUTH, "south-demo-key", entity, "get", "{\"where\":[[\"contribution_id\",\"IN\",[" + northGift + ","
                    + northOrder + "]]]}").getInt("count"), "North's " + entity + "s go with North's books");
        }
        assertEquals(2, api.ok(NORTH, "north-demo-key", "Payment", "get", "{\"where\":[[\"contribution_id\",\"IN\",[" + northGift + ","
                + northOrder + "]]]}").getInt("count"), "the gift's payment in full and the order's first payment");
        assertEquals(400, Api4Client.refused(api.call(SOUTH, "south-demo-key", "Payment", "create", "{\"values\":{\"contribution_id\":"
                + northOrder + ",\"total_amount\":20}}")), "South cannot pay into North's books, though it sees the donor");
    }

    /** The start must fail on the table/schema disagreement; its output is answered. */
    private static String refusedStart(String name, Map<String, String> env) {
        try (ServerProcess server = ServerProcess.launch(name, env)) {
            Optional<Integer> exit = server.awaitExit(START);
            assertTrue(exit.isPresent() && exit.get() != 0, "the start must be refused: " + exit);
            String output = server.output();
            assertTrue(output.contains("Entity RelationshipType is '"), output);
            return output;
        }
    }

    /** Cuts the printed SQL out of the refusal and saves it under the name the refusal suggests. */
    private static void saveSuggestedMigration(String output, Path config, String operatorStep) throws Exception {
        int begin = output.indexOf(SeparationSchemaCheck.SQL_BEGIN);
        int end = output.indexOf(SeparationSchemaCheck.SQL_END, begin);
        assertTrue(begin >= 0 && end > begin, "the refusal prints the SQL: " + output);
        Matcher file = SUGGESTED_FILE.matcher(output);
        assertTrue(file.find(), "the refusal suggests a file name: " + output);
        String sql = output.substring(begin + SeparationSchemaCheck.SQL_BEGIN.length(), end);
        Path migrations = Files.createDirectories(config.resolve("migrations"));
        Files.writeString(migrations.resolve(file.group(1)), operatorStep + sql);
    }

    private static void assertNothingDone(HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            assertEquals(0, Api4Client.json(response.body()).getInt("count"), response.body());
        } else {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.body());
            Api4Client.refused(response);
        }
    }
}
