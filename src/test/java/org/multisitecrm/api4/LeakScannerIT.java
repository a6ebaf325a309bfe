package org.multisitecrm.api4;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.MailSink;
import org.multisitecrm.testing.MailingFixture;
import org.multisitecrm.testing.RefusingSmtpServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.multisitecrm.testing.Api4Client.encode;
import static org.multisitecrm.testing.Api4Client.json;

/**
 * A hostile branch, driven by the API's own metadata: every entity the OpenAPI document lists is
 * attacked by South, on South's own site with South's own key, through every path to data (get by id
 * and by where, explicit joins of each type with a condition on every field, implicit joins through
 * every foreign key, aggregates, chains, batches, autocomplete, update, delete, save, replace, and
 * references on create) against rows North holds. It expects no data, no answer that differs from the
 * same attempt against a row that does not exist, and no change. An entity without a fixture here
 * fails the scan, so a new entity is attacked the day it is added.
 */
class LeakScannerIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";
    private static final long MISSING = 2_147_480_000L;

    /** How North's secret rows of an entity come about, or why the entity has none. */
    private record Fixture(boolean shared, String reason, String create, String southCreate, String[] northCall) {

        private Fixture(boolean shared, String reason, String create, String southCreate) {
            this(shared, reason, create, southCreate, null);
        }

        /** North makes rows South must not see by a call of its own ({@code Job.execute} writes a log). */
        static Fixture northCalls(String entity, String action, String params) {
            return new Fixture(false, null, null, null, new String[] {entity, action, params});
        }

        /** North's demo data already holds rows South must not see; South tries to create one pointing at them. */
        static Fixture secret(String southCreate) {
            return new Fixture(false, null, null, southCreate);
        }

        /** North creates a row South must not see. */
        static Fixture northCreates(String create, String southCreate) {
            return new Fixture(false, null, create, southCreate);
        }

        /** Every domain reads every row; South may still not change North's or head office's. */
        static Fixture shared(String reason) {
            return new Fixture(true, reason, null, null);
        }

        static Fixture shared(String reason, String northCreate) {
            return new Fixture(true, reason, northCreate, null);
        }
    }

    /**
     * South's create attempts name the row under attack as {@code $Entity} and South's own rows as
     * {@code @Entity}; each is sent once with North's row and once with a missing id, and the two
     * answers must not differ.
     */
    private static final Map<String, Fixture> FIXTURES = Map.ofEntries(
            Map.entry("Contact", Fixture.secret(null)),
            Map.entry("Email", Fixture.secret("{\"contact_id\":\"$Contact\",\"email\":\"scan@example.org\",\"location_type_id\":1}")),
            Map.entry("Phone", Fixture.northCreates("{\"contact_id\":\"#Contact\",\"phone\":\"0101 9999\",\"location_type_id\":1}",
                    "{\"contact_id\":\"$Contact\",\"phone\":\"0202 5555\",\"location_type_id\":1}")),
            Map.entry("Address", Fixture.northCreates(
                    "{\"contact_id\":\"#Contact\",\"street_address\":\"7 Secret Row\",\"city\":\"Northtown\",\"location_type_id\":1}",
                    "{\"contact_id\":\"$Contact\",\"street_address\":\"1 Scan Street\",\"location_type_id\":1}")),
            Map.entry("Group", Fixture.northCreates("{\"name\":\"scan_north_secret\",\"title\":\"North secret list\"}",
                    "{\"name\":\"scan_south_smart\",\"title\":\"Scan smart\",\"saved_search_id\":\"$SavedSearch\"}")),
            Map.entry("GroupContact", Fixture.secret("{\"group_id\":\"$Group\",\"contact_id\":\"@Contact\",\"status\":\"Added\"}")),
            Map.entry("GroupNesting", Fixture.northCreates("{\"child_group_id\":\"#Group\",\"parent_group_id\":\"#Group:domain\"}",
                    "{\"child_group_id\":\"@Group\",\"parent_group_id\":\"$Group\"}")),
            Map.entry("GroupOrganization", Fixture.secret(null)),
            Map.entry("SavedSearch", Fixture.shared("criteria are read by every domain, as in CiviCRM; only writes are confined",
                    "{\"name\":\"scan_north_search\",\"label\":\"North's search\",\"api_params\":{\"where\":[[\"first_name\",\"=\",\"Nora\"]]}}")),
            Map.entry("Relationship", Fixture.northCreates(
                    "{\"contact_id_a\":\"#Contact\",\"contact_id_b\":\"#Organization\",\"relationship_type_id\":1}",
                    "{\"contact_id_a\":\"$Contact\",\"contact_id_b\":\"@Organization\",\"relationship_type_id\":1}")),
            Map.entry("SearchDisplay", Fixture.shared("displays are read with their searches by every domain; only writes are confined",
                    "{\"name\":\"scan_north_display\",\"label\":\"North's display\",\"saved_search_id\":\"#SavedSearch\",\"type\":\"table\"}")),
            Map.entry("RelationshipType", Fixture.shared("the kinds of relationship are the same for every domain")),
            Map.entry("ACL", Fixture.northCreates("{\"name\":\"scan north acl\",\"entity_id\":2,\"operation\":\"View\",\"object_id\":\"#Group\"}",
                    "{\"name\":\"scan south acl\",\"entity_id\":2,\"operation\":\"View\",\"object_id\":\"$Group\"}")),
            Map.entry("ACLEntityRole", Fixture.northCreates("{\"acl_role_id\":2,\"entity_id\":\"#Group\"}",
                    "{\"acl_role_id\":2,\"entity_id\":\"$Group\"}")),
            Map.entry("UFMatch", Fixture.secret(null)),
            Map.entry("Domain", Fixture.shared("the domains themselves: every site knows the tree it belongs to")),
            Map.entry("Site", Fixture.shared("hostnames are public by nature")),
            Map.entry("LocationType", Fixture.shared("the same kinds of location for every domain")),
            Map.entry("ContactType", Fixture.shared("the same contact types and subtypes for every domain")),
            Map.entry("Activity", Fixture.northCreates("{\"activity_type_id\":1,\"subject\":\"North secret meeting\","
                    + "\"target_contact_id\":[\"#Contact\"]}", "{\"activity_type_id\":2,\"subject\":\"scan\",\"parent_id\":\"$Activity\"}")),
            Map.entry("ActivityContact", Fixture.northCreates("{\"activity_id\":\"#Activity\",\"contact_id\":\"#Contact:2\",\"record_type_id\":1}",
                    "{\"activity_id\":\"$Activity\",\"contact_id\":\"@Contact\",\"record_type_id\":3}")),
            Map.entry("Campaign", Fixture.northCreates("{\"name\":\"scan_north_campaign\",\"title\":\"North secret campaign\"}",
                    "{\"name\":\"scan_south_campaign\",\"parent_id\":\"$Campaign\"}")),
            Map.entry("Event", Fixture.northCreates("{\"title\":\"North secret event\",\"max_participants\":5}",
                    "{\"title\":\"South event\",\"campaign_id\":\"$Campaign\"}")),
            Map.entry("Participant", Fixture.northCreates("{\"contact_id\":\"#Contact\",\"event_id\":\"#Event\",\"source\":\"North secret\"}",
                    "{\"contact_id\":\"@Contact\",\"event_id\":\"$Event\"}")),
            Map.entry("ReportInstance", Fixture.secret(null)),
            Map.entry("Dashboard", Fixture.secret(null)),
            Map.entry("DomainBranding", Fixture.secret(null)),
            Map.entry("DashboardContact", Fixture.northCreates("{\"dashboard_id\":\"#Dashboard\",\"contact_id\":\"#Contact\",\"column_no\":1}",
                    "{\"dashboard_id\":\"$Dashboard\",\"contact_id\":\"@Contact\"}")),
            Map.entry("StatusPreference", Fixture.northCreates("{\"name\":\"checkNorthSecret\",\"ignore_severity\":3,"
                    + "\"hush_until\":\"2030-01-01\"}", null)),
            Map.entry("ParticipantStatusType", Fixture.shared("the same registration statuses for every domain")),
            Map.entry("MembershipType", Fixture.secret("{\"name\":\"scan\",\"member_of_contact_id\":\"$Contact\",\"duration_unit\":\"year\","
                    + "\"duration_interval\":1,\"period_type\":\"rolling\",\"minimum_fee\":1}")),
            Map.entry("MembershipStatus", Fixture.shared("CiviCRM's statuses are the same for every domain")),
            Map.entry("Membership", Fixture.secret("{\"contact_id\":\"@Contact\",\"membership_type_id\":\"$MembershipType\"}")),
            Map.entry("Contribution", Fixture.secret("{\"contact_id\":\"$Contact\",\"financial_type_id\":1,\"total_amount\":5}")),
            Map.entry("FinancialType", Fixture.shared("the kinds of money are the same for every domain, as in CiviCRM")),
            Map.entry("Order", Fixture.northCalls("Order", "create", "{\"contributionValues\":{\"contact_id\":\"#Contact\","
                    + "\"financial_type_id\":2,\"source\":\"North secret order\"},\"lineItems\":[{\"entity_table\":\"civicrm_membership\","
                    + "\"entity_id.membership_type_id\":\"#MembershipType\",\"unit_price\":3},{\"unit_price\":2,\"label\":\"North secret gift\"}]}")),
            Map.entry("LineItem", Fixture.secret(null)),
            Map.entry("MembershipPayment", Fixture.secret(null)),
            Map.entry("Payment", Fixture.secret("{\"contribution_id\":\"$Contribution\",\"total_amount\":1}")),
            Map.entry("ContributionPage", Fixture.northCreates("{\"name\":\"scan_north_page\",\"title\":\"North secret page\","
                    + "\"financial_type_id\":1}", "{\"name\":\"scan_south_page\",\"title\":\"South page\",\"financial_type_id\":1,"
                    + "\"payment_processor\":[\"$PaymentProcessor\"]}")),
            Map.entry("MembershipBlock", Fixture.northCreates("{\"entity_id\":\"#ContributionPage\",\"membership_types\":[\"#MembershipType\"]}",
                    "{\"entity_id\":\"$ContributionPage\",\"membership_types\":[\"@MembershipType\"]}")),
            Map.entry("PaymentProcessor", Fixture.secret(null)),
            Map.entry("Job", Fixture.secret(null)),
            Map.entry("Mailing", Fixture.secret(null)),
            Map.entry("SmsProvider", Fixture.northCreates("{\"name\":\"scan_north_sms\",\"title\":\"North secret gateway\",\"api_type\":1,"
                    + "\"api_url\":\"http://127.0.0.1:9/send\"}", null)),
            Map.entry("MailingGroup", Fixture.secret("{\"mailing_id\":\"$Mailing\",\"group_type\":\"Include\",\"entity_table\":\"civicrm_group\","
                    + "\"entity_id\":\"@Group\"}")),
            Map.entry("MailingJob", Fixture.secret(null)),
            Map.entry("MailingRecipients", Fixture.secret(null)),
            Map.entry("MailingEventQueue", Fixture.secret(null)),
            Map.entry("MailingEventDelivered", Fixture.secret(null)),
            Map.entry("MailingEventBounce", Fixture.secret(null)),
            Map.entry("MailingEventUnsubscribe", Fixture.secret(null)),
            Map.entry("MailingTrackableURL", Fixture.secret(null)),
            Map.entry("MailingEventTrackableURLOpen", Fixture.secret(null)),
            Map.entry("MailingEventOpened", Fixture.secret(null)),
            Map.entry("Note", Fixture.northCreates("{\"entity_id\":\"#Contact\",\"subject\":\"North secret note\",\"note\":\"only North\"}",
                    "{\"entity_id\":\"$Contact\",\"note\":\"scan\"}")),
            Map.entry("Tag", Fixture.shared("the same tags for every domain while the table shares them")),
            Map.entry("EntityTag", Fixture.northCreates("{\"entity_id\":\"#Contact\",\"tag_id\":4}", "{\"entity_id\":\"$Contact\",\"tag_id\":1}")),
            Map.entry("JobLog", Fixture.northCalls("Job", "execute", "{\"where\":[[\"api_action\",\"=\",\"process_membership\"]]}")),
            Map.entry("Navigation", Fixture.secret("{\"label\":\"Scan\",\"name\":\"scan\",\"parent_id\":\"$Navigation\"}")),
            Map.entry("OptionGroup", Fixture.northCreates("{\"name\":\"scan_north_options\",\"title\":\"North options\"}", null)),
            Map.entry("OptionValue", Fixture.secret("{\"option_group_id\":\"$OptionGroup\",\"label\":\"scan\",\"value\":\"scan\",\"name\":\"scan\"}")));

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);
    private final List<String> leaks = new ArrayList<>();
    private int attempts;

    @Test
    void southCannotReadChangeOrInferAnythingOfNorth() {
        Set<String> entities = exposedEntities();
        Set<String> unfixtured = new TreeSet<>(entities);
        unfixtured.removeAll(FIXTURES.keySet());
        assertTrue(unfixtured.isEmpty(), "entities with no fixture in the leak scanner (add one): " + unfixtured);

        northMailingHistory();
        Map<String, Long> northOwn = new LinkedHashMap<>();
        for (String entity : entities) {
            String[] call = FIXTURES.get(entity).northCall();
            if (call != null) {
                api.ok(NORTH, NORTH_KEY, call[0], call[1], northOwn(call[2]));
            }
        }
        for (boolean dependent : new boolean[] {false, true}) {
            for (String entity : entities) {
                Fixture fixture = FIXTURES.get(entity);
                if (fixture.create() != null && fixture.create().contains("\"#Group") == dependent) {
                    northOwn.put(entity, create(NORTH, NORTH_KEY, entity, fixture.create()));
                }
            }
        }
        Map<String, JsonObject> secrets = new LinkedHashMap<>();
        Map<String, JsonObject> referable = new LinkedHashMap<>();
        for (String entity : entities) {
            Fixture fixture = FIXTURES.get(entity);
            if (fixture.shared()) {
                if (northOwn.containsKey(entity)) {
                    referable.put(entity, northRow(entity, northOwn.get(entity)));
                }
                continue;
            }
            JsonObject secret = secretRow(entity, northOwn.get(entity));
            secrets.put(entity, secret);
            referable.put(entity, secret);
        }
        for (Map.Entry<String, JsonObject> secret : secrets.entrySet()) {
            scanReads(secret.getKey(), secret.getValue());
            scanWrites(secret.getKey(), secret.getValue());
        }
        for (String entity : entities) {
            if (FIXTURES.get(entity).shared()) {
                scanSharedWrites(entity, northOwn.get(entity));
            }
        }
        for (String entity : entities) {
            String template = FIXTURES.get(entity).southCreate();
            if (template != null) {
                scanReferences(entity, template, referable);
            }
        }
        scanSettings();
        System.out.printf("Leak scan: %d entities, %d attempts by South, %d leaks%n", entities.size(), attempts, leaks.size());
        assertEquals(List.of(), leaks);
    }

    /**
     * North's mailing history, which the mailing entities only the server writes are attacked on: a
     * mailing sent through a real SMTP server, its recipient unsubscribed through the link, and a test send
     * to a server that refuses the address (a bounce).
     */
    private void northMailingHistory() {
        MailingFixture mail = new MailingFixture(server);
        try (MailSink sink = new MailSink(); RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            api.ok(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + sink.backend() + "}}");
            long reader = mail.person(NORTH, NORTH_KEY, "Secret", "north-reader", "");
            long list = mail.group(NORTH, NORTH_KEY, "North secret readers", reader);
            long mailing = api.firstId(NORTH, NORTH_KEY, "Mailing", "create", "{\"values\":{\"name\":\"North secret newsletter\","
                    + "\"subject\":\"North secret subject\",\"url_tracking\":true,\"open_tracking\":true,"
                    + "\"body_html\":\"<p><a href=\\\"https://north-secret.example/\\\">Only North</a></p>\","
                    + "\"body_text\":\"Only North. https://north-secret.example/ {action.unsubscribeUrl} {action.optOutUrl}\"}}");
            mail.include(NORTH, NORTH_KEY, mailing, "Include", list);
            mail.schedule(NORTH, NORTH_KEY, mailing);
            mail.send(NORTH, NORTH_KEY);
            var sent = sink.await(1, java.time.Duration.ofSeconds(10)).get(0);
            assertEquals(200, mail.follow(NORTH, MailingFixture.links(sent).get("unsubscribe")).statusCode());
            for (String tracking : MailingFixture.tracking(sent)) {
                server.get(NORTH, tracking);
            }
            api.ok(NORTH, NORTH_KEY, "Setting", "set", "{\"values\":{\"mailing_backend\":" + refusing.backend() + "}}");
            api.ok(NORTH, NORTH_KEY, "Mailing", "send_test", "{\"where\":[[\"id\",\"=\"," + mailing + "]],\"test_email\":\""
                    + mail.address("north-reader") + "\"}");
        } finally {
            api.ok(NORTH, NORTH_KEY, "Setting", "revert", "{\"select\":[\"mailing_backend\"]}");
        }
    }

    // ---------------------------------------------------------------- reads

    private void scanReads(String entity, JsonObject secret) {
        long id = secret.getJsonNumber("id").longValue();
        Set<String> secretTexts = secretTexts(entity, secret);
        expectEmpty(entity + " get by id", south(entity, "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}"), secretTexts);
        expectEmpty(entity + " get IN", south(entity, "get", "{\"where\":[[\"id\",\"IN\",[" + id + "]]]}"), secretTexts);
        expectEmpty(entity + " get OR", south(entity, "get",
                "{\"where\":[[\"OR\",[[\"id\",\"=\"," + id + "],[\"id\",\"=\"," + MISSING + "]]]]}"), secretTexts);

        for (String type : List.of("LEFT", "INNER", "EXCLUDE")) {
            sameAsMissing(entity + " " + type + " join on id", id, secretTexts, target -> joinParams(entity, type, target, null, null));
            for (Map.Entry<String, JsonValue> field : secret.entrySet()) {
                String literal = literal(field.getValue());
                if (literal == null || field.getKey().equals("id")) {
                    continue;
                }
                sameAsMissing(entity + " " + type + " join on " + field.getKey(), id, secretTexts,
                        target -> joinParams(entity, type, target, field.getKey(), literal));
            }
        }
        JsonObject southCount = ok(south(entity, "get", "{\"select\":[\"row_count\"]}"));
        JsonObject aggregate = ok(south(entity, "get", "{\"select\":[\"COUNT(id) AS n\",\"MAX(id) AS top\"]}"));
        JsonObject aggregated = aggregate.getJsonArray("values").getJsonObject(0);
        check(aggregated.getJsonNumber("n").longValue() == southCount.getInt("count"),
                entity + " COUNT(id) counts more than South sees: " + aggregated + " vs " + southCount.getInt("count"));
        check(!(aggregated.get("top") instanceof JsonNumber top) || top.longValue() != id || southSees(entity, id),
                entity + " MAX(id) reveals North's row " + id);
        for (String field : List.of("id")) {
            JsonObject grouped = ok(south(entity, "get", "{\"select\":[\"" + field + "\",\"COUNT(id) AS n\"],\"groupBy\":[\"" + field + "\"]}"));
            check(grouped.getJsonArray("values").stream().noneMatch(v -> v.asJsonObject().get(field) instanceof JsonNumber n
                    && n.longValue() == id), entity + " groupBy shows North's row");
        }
        noSecretIn(entity + " chain", chainValues(south("Contact", "get", "{\"select\":[\"id\"],\"limit\":1,\"chain\":{\"x\":[\""
                + entity + "\",\"get\",{\"where\":[[\"id\",\"=\"," + id + "]]}]}}")).body(), secretTexts);
        HttpResponse<String> batch = batch("{\"x\":[\"" + entity + "\",\"get\",{\"where\":[[\"id\",\"=\"," + id + "]]}]}");
        JsonObject batchAnswer = json(batch.body()).getJsonObject("x");
        check(batchAnswer.getInt("count") == 0, entity + " batch get reads North's row: " + batch.body());
        noSecretIn(entity + " batch", batch.body(), secretTexts);
        if (actions(entity).contains("autocomplete")) {
            expectEmpty(entity + " autocomplete ids", south(entity, "autocomplete", "{\"ids\":[" + id + "]}"), secretTexts);
        }
        for (Map.Entry<String, String> foreignKey : foreignKeysTo(entity).entrySet()) {
            String from = foreignKey.getKey();
            String fk = foreignKey.getValue();
            expectEmpty(from + "." + fk + " = North's " + entity, south(from, "get", "{\"where\":[[\"" + fk + "\",\"=\"," + id + "]]}"),
                    secretTexts);
            noSecretIn(from + " implicit join to " + entity, south(from, "get", "{\"select\":[\"" + fk + ".*\"]}").body(), secretTexts);
        }
    }

    private String joinParams(String entity, String type, long target, String field, String literal) {
        String condition = "[\"x.id\",\"=\"," + target + "]" + (field == null ? "" : ",[\"x." + field + "\",\"=\"," + literal + "]");
        return "{\"select\":[\"id\",\"x.id\"],\"join\":[[\"" + entity + " AS x\",\"" + type + "\"," + condition + "]],"
                + "\"orderBy\":{\"id\":\"ASC\"},\"limit\":5}";
    }

    /** The same attempt against North's row and against no row must answer byte for byte the same. */
    private void sameAsMissing(String what, long id, Set<String> secretTexts, java.util.function.LongFunction<String> params) {
        HttpResponse<String> secret = south("Contact", "get", params.apply(id));
        HttpResponse<String> missing = south("Contact", "get", params.apply(MISSING));
        check(secret.statusCode() == missing.statusCode() && normalized(secret, id).equals(normalized(missing, MISSING)),
                what + ": North's row answers differently from no row:\n  " + secret.body() + "\n  " + missing.body());
        noSecretIn(what, secret.body(), secretTexts);
    }

    /** An answer with the id it was asked about written as ID in an error message (the only place an id is echoed). */
    private static String normalized(HttpResponse<String> response, long id) {
        if (response.statusCode() == 200) {
            return response.body();
        }
        JsonObject error = json(response.body());
        return error.getInt("status") + " " + error.getString("error_code") + " "
                + error.getString("error_message").replaceAll("\\b" + id + "\\b", "ID");
    }

    // ---------------------------------------------------------------- writes

    private void scanWrites(String entity, JsonObject secret) {
        if (!actions(entity).contains("update")) {
            return;
        }
        long id = secret.getJsonNumber("id").longValue();
        JsonObject before = northRow(entity, id);
        String change = writableChange(entity);
        if (change != null) {
            expectNoChange(entity + " update", south(entity, "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{" + change + "}}"));
            expectNoChange(entity + " update by values.id", south(entity, "update", "{\"values\":{\"id\":" + id + "," + change + "}}"));
            expectNoChange(entity + " save", south(entity, "save", "{\"records\":[{\"id\":" + id + "," + change + "}]}"));
        }
        expectNoChange(entity + " delete", south(entity, "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}"));
        expectNoChange(entity + " replace", south(entity, "replace", "{\"where\":[[\"id\",\"=\"," + id + "]],\"records\":[]}"));
        check(before.equals(northRow(entity, id)), entity + " " + id + " changed after South's writes: " + before + " -> " + northRow(entity, id));
        String log = server.output();
        for (String action : change == null ? List.of("delete") : List.of("update", "delete")) {
            check(log.contains("Refused " + action + " of " + entity + " " + id + " to south"),
                    "South's " + action + " of North's " + entity + " " + id + " was not recorded as a refusal");
        }
    }

    /** A shared row South did not make: reading it is fine, changing it is not. */
    private void scanSharedWrites(String entity, Long northMade) {
        if (!actions(entity).contains("update")) {
            return;
        }
        long id = northMade != null ? northMade
                : ok(api.call(NORTH, NORTH_KEY, entity, "get", "{\"select\":[\"id\"],\"limit\":1}")).getJsonArray("values")
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject before = northRow(entity, id);
        String change = writableChange(entity);
        if (change != null) {
            expectRefusedOrNothing(entity + " update (shared)",
                    south(entity, "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{" + change + "}}"));
        }
        expectRefusedOrNothing(entity + " delete (shared)", south(entity, "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}"));
        check(before.equals(northRow(entity, id)), entity + " " + id + " (shared) changed by South: " + before + " -> " + northRow(entity, id));
    }

    /** South names North's row as a foreign key: answered exactly as a missing id, and nothing is created. */
    private void scanReferences(String entity, String template, Map<String, JsonObject> secrets) {
        Matcher placeholders = Pattern.compile("\"\\$([A-Za-z]+)\"").matcher(template);
        while (placeholders.find()) {
            String target = placeholders.group(1);
            JsonObject secret = secrets.get(target);
            if (secret == null) {
                fail("fixture of " + entity + " references " + target + ", which has no secret row");
            }
            long id = secret.getJsonNumber("id").longValue();
            String own = southOwn(template);
            HttpResponse<String> withSecret = south(entity, "create", "{\"values\":" + own.replace("\"$" + target + "\"", Long.toString(id)) + "}");
            HttpResponse<String> withMissing = south(entity, "create", "{\"values\":" + own.replace("\"$" + target + "\"", Long.toString(MISSING)) + "}");
            check(withSecret.statusCode() != 200, entity + " created by South pointing at North's " + target + " " + id + ": " + withSecret.body());
            check(withSecret.statusCode() == withMissing.statusCode() && normalized(withSecret, id).equals(normalized(withMissing, MISSING)),
                    entity + " create naming North's " + target + " answers differently from a missing one:\n  " + withSecret.body()
                            + "\n  " + withMissing.body());
        }
    }

    private void scanSettings() {
        long north = 2;
        for (String params : List.of("{\"select\":[\"lcMessages\"],\"domainId\":" + north + "}", "{\"select\":[\"lcMessages\"],\"domainId\":\"all\"}")) {
            HttpResponse<String> got = south("Setting", "get", params);
            check(got.statusCode() == 403, "South reads North's settings with " + params + ": " + got.body());
        }
        HttpResponse<String> set = south("Setting", "set", "{\"values\":{\"lcMessages\":\"fr_FR\"},\"domainId\":" + north + "}");
        check(set.statusCode() == 403, "South sets North's settings: " + set.body());
    }

    // ---------------------------------------------------------------- helpers

    private Set<String> exposedEntities() {
        String document = server.send("localhost", "GET", "/openapi", null, null, null).body();
        Matcher paths = Pattern.compile("/civicrm/ajax/api4/([A-Za-z]+)/get\\b").matcher(document);
        Set<String> entities = new LinkedHashSet<>();
        while (paths.find()) {
            // pseudo-entities with rows of their own kind: Setting (scanSettings), Entity (the same catalogue for every
            // caller) and System (the caller's own domain's checks, which EverydayApiIT shows South cannot see of North)
            if (!Set.of("Setting", "Entity", "System").contains(paths.group(1))) {
                entities.add(paths.group(1));
            }
        }
        assertTrue(entities.size() >= 20, "the OpenAPI document lists " + entities);
        return entities;
    }

    /** One of North's rows of the entity that South cannot see: the one North just made, else any. */
    private JsonObject secretRow(String entity, Long made) {
        List<JsonObject> north = rows(ok(api.call(NORTH, NORTH_KEY, entity, "get", "{\"orderBy\":{\"id\":\"DESC\"}}")));
        Set<Long> southIds = ids(ok(api.call(SOUTH, SOUTH_KEY, entity, "get", "{\"select\":[\"id\"]}")));
        for (JsonObject row : north) {
            long id = row.getJsonNumber("id").longValue();
            if (!southIds.contains(id) && (made == null || made == id)) {
                return row;
            }
        }
        fail("North holds no " + entity + " that South cannot see: the fixture must make one (or mark the entity shared)");
        return null;
    }

    private long create(String host, String key, String entity, String values) {
        String resolved = northOwn(values);
        return api.firstId(host, key, entity, "create", "{\"values\":" + resolved + "}");
    }

    /** {@code #Entity} (and {@code #Entity:2}, {@code #Group:domain}) name North's own rows in North's fixtures. */
    private String northOwn(String template) {
        return resolve(template, "#", NORTH, NORTH_KEY);
    }

    private String southOwn(String template) {
        return resolve(template, "@", SOUTH, SOUTH_KEY);
    }

    private String resolve(String template, String marker, String host, String key) {
        Matcher own = Pattern.compile("\"" + Pattern.quote(marker) + "([A-Za-z]+)(?::([a-z0-9]+))?\"").matcher(template);
        StringBuilder out = new StringBuilder();
        while (own.find()) {
            String entity = own.group(1);
            String which = own.group(2);
            String params = switch (entity) {
                case "Organization" -> "{\"select\":[\"id\"],\"where\":[[\"contact_type\",\"=\",\"Organization\"]],\"orderBy\":{\"id\":\"ASC\"}}";
                case "Contact" -> "{\"select\":[\"id\"],\"where\":[[\"contact_type\",\"=\",\"Individual\"]],\"orderBy\":{\"id\":\"ASC\"}}";
                case "Group" -> "domain".equals(which)
                        ? "{\"select\":[\"id\"],\"where\":[[\"title\",\"=\",\"" + (host.equals(NORTH) ? "Branch North" : "Branch South") + "\"]]}"
                        : "{\"select\":[\"id\"],\"where\":[[\"name\",\"=\",\"" + (host.equals(NORTH) ? "scan_north_secret" : "scan_south_own") + "\"]]}";
                case "SavedSearch" -> "{\"select\":[\"id\"],\"where\":[[\"name\",\"=\",\"scan_north_search\"]]}";
                default -> "{\"select\":[\"id\"],\"orderBy\":{\"id\":\"ASC\"}}";
            };
            if (entity.equals("Group") && host.equals(SOUTH) && rows(api.ok(host, key, "Group", "get", params)).isEmpty()) {
                api.ok(host, key, "Group", "create", "{\"values\":{\"name\":\"scan_south_own\",\"title\":\"South's own\"}}");
            }
            List<JsonObject> found = rows(api.ok(host, key, entity.equals("Organization") ? "Contact" : entity, "get", params));
            assertTrue(found.size() > (which != null && which.matches("\\d+") ? Integer.parseInt(which) - 1 : 0),
                    "no " + entity + " to stand for " + own.group() + " on " + host);
            int index = which != null && which.matches("\\d+") ? Integer.parseInt(which) - 1 : 0;
            own.appendReplacement(out, Long.toString(found.get(index).getJsonNumber("id").longValue()));
        }
        own.appendTail(out);
        return out.toString();
    }

    private boolean southSees(String entity, long id) {
        return ok(south(entity, "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}")).getInt("count") > 0;
    }

    private JsonObject northRow(String entity, long id) {
        List<JsonObject> rows = rows(ok(api.call(NORTH, NORTH_KEY, entity, "get", "{\"where\":[[\"id\",\"=\"," + id + "]]}")));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private Set<String> actions(String entity) {
        Set<String> names = new LinkedHashSet<>();
        rows(ok(api.call(NORTH, NORTH_KEY, entity, "getActions", "{}"))).forEach(r -> names.add(r.getString("name")));
        return names;
    }

    private List<JsonObject> fields(String entity) {
        return rows(ok(api.call(NORTH, NORTH_KEY, entity, "getFields", "{}")));
    }

    /** A value for the first writable text (else yes/no) field, as {@code "name":value}. */
    private String writableChange(String entity) {
        for (String type : List.of("String", "Boolean")) {
            for (JsonObject field : fields(entity)) {
                boolean changeable = !field.getBoolean("readonly") && field.get("fk_entity") == JsonValue.NULL && field.get("options") == JsonValue.FALSE
                        && field.getString("data_type").equals(type) && !field.getString("name").equals("name");
                if (changeable) {
                    return "\"" + field.getString("name") + "\":" + (type.equals("String") ? "\"scan changed\"" : "false");
                }
            }
        }
        return null;
    }

    /** Every (entity, field) whose foreign key points at this entity. */
    private Map<String, String> foreignKeysTo(String target) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String entity : FIXTURES.keySet()) {
            for (JsonObject field : fields(entity)) {
                if (field.get("fk_entity") instanceof JsonString fk && fk.getString().equals(target)) {
                    keys.put(entity, field.getString("name"));
                }
            }
        }
        return keys;
    }

    /** Texts of North's row that South could only have learnt from it (longer than a word South's own rows also hold). */
    private Set<String> secretTexts(String entity, JsonObject secret) {
        String southRows = api.call(SOUTH, SOUTH_KEY, entity, "get", "{}").body();
        Set<String> texts = new LinkedHashSet<>();
        secret.forEach((name, value) -> {
            if (value instanceof JsonString s && s.getString().length() >= 5 && !southRows.contains(s.getString())) {
                texts.add(s.getString());
            }
        });
        return texts;
    }

    private static String literal(JsonValue value) {
        if (value instanceof JsonString s) {
            return "\"'" + s.getString().replace("\\", "\\\\").replace("\"", "\\\"") + "'\"";
        }
        if (value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }

    private HttpResponse<String> south(String entity, String action, String params) {
        attempts++;
        return api.call(SOUTH, SOUTH_KEY, entity, action, params);
    }

    private HttpResponse<String> batch(String calls) {
        attempts++;
        return server.send(SOUTH, "POST", "/civicrm/ajax/api4", SOUTH_KEY, Api4Client.FORM, "calls=" + encode(calls));
    }

    private void expectEmpty(String what, HttpResponse<String> response, Set<String> secretTexts) {
        if (response.statusCode() == 200) {
            JsonObject answer = json(response.body());
            JsonValue values = answer.get("values");
            boolean empty = values instanceof JsonArray a ? a.isEmpty() : values instanceof JsonObject o && o.isEmpty();
            check(empty && answer.getInt("count") == 0, what + " reads North's data: " + response.body());
        } else {
            check(response.statusCode() >= 400 && response.statusCode() < 500, what + " answered " + response.statusCode() + ": " + response.body());
        }
        noSecretIn(what, response.body(), secretTexts);
    }

    private HttpResponse<String> chainValues(HttpResponse<String> response) {
        JsonObject answer = ok(response);
        for (JsonValue row : answer.getJsonArray("values")) {
            check(row.asJsonObject().getJsonArray("x").isEmpty(), "chain reads North's row: " + response.body());
        }
        return response;
    }

    private void expectNoChange(String what, HttpResponse<String> response) {
        if (response.statusCode() == 200) {
            check(json(response.body()).getInt("count") == 0, what + " touched North's row: " + response.body());
        } else {
            check(response.statusCode() >= 400 && response.statusCode() < 500, what + " answered " + response.statusCode() + ": " + response.body());
            Api4Client.refused(response);
        }
    }

    private void expectRefusedOrNothing(String what, HttpResponse<String> response) {
        expectNoChange(what, response);
    }

    private void noSecretIn(String what, String body, Set<String> secretTexts) {
        for (String text : secretTexts) {
            check(!body.contains(text), what + " shows North's '" + text + "': " + body);
        }
    }

    private JsonObject ok(HttpResponse<String> response) {
        check(response.statusCode() == 200, "expected 200: " + response.body());
        return response.statusCode() == 200 ? json(response.body()) : json("{\"values\":[],\"count\":0}");
    }

    private static List<JsonObject> rows(JsonObject result) {
        return result.getJsonArray("values").stream().map(JsonValue::asJsonObject).toList();
    }

    private static Set<Long> ids(JsonObject result) {
        Set<Long> ids = new java.util.HashSet<>();
        rows(result).forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
        return ids;
    }

    private void check(boolean condition, String leak) {
        if (!condition) {
            leaks.add(leak);
        }
    }
}
