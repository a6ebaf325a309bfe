package org.multisitecrm.api4;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.FORM;
import static org.multisitecrm.testing.Api4Client.encode;
import static org.multisitecrm.testing.Api4Client.json;

/**
 * Malformed and hostile requests, many of them generated from the API's own field metadata: every one
 * must be answered 4xx in APIv4's error shape (never a 5xx, never an HTML page, never an empty body),
 * and none may write anything (row counts of every entity on every site are the same afterwards).
 */
class BadInputCorpusIT {

    private static final String HOST = "north.localhost";
    private static final String KEY = "north-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private record Case(String name, java.util.function.Supplier<HttpResponse<String>> send) {
    }

    @Test
    void everyBadRequestIsA4xxInApiShapeAndWritesNothing() {
        List<String> entities = entities();
        Map<String, Long> before = rowCounts(entities);
        List<Case> cases = new ArrayList<>();
        malformedParams(cases);
        wrongShapes(cases);
        limits(cases);
        transport(cases);
        settings(cases);
        for (String entity : entities) {
            generatedFromFields(cases, entity);
        }
        List<String> failures = new ArrayList<>();
        int fivexx = 0;
        for (Case c : cases) {
            HttpResponse<String> response;
            try {
                response = c.send().get();
            } catch (RuntimeException e) {
                failures.add(c.name() + ": no answer (" + e.getMessage() + ")");
                continue;
            }
            int status = response.statusCode();
            if (status >= 500) {
                fivexx++;
            }
            if (status < 400 || status >= 500) {
                failures.add(c.name() + ": " + status + " " + abbreviate(response.body()));
                continue;
            }
            try {
                JsonObject error = json(response.body());
                if (error.getInt("status") != status || error.getString("error_code").isBlank() || error.getString("error_message").isBlank()) {
                    failures.add(c.name() + ": not an APIv4 error: " + abbreviate(response.body()));
                }
            } catch (RuntimeException e) {
                failures.add(c.name() + ": body is not APIv4 JSON: " + abbreviate(response.body()));
            }
        }
        Map<String, Long> after = rowCounts(entities);
        System.out.printf("Bad-input corpus: %d cases, %d answered 5xx, %d failures%n", cases.size(), fivexx, failures.size());
        assertTrue(cases.size() >= 200, "the corpus has " + cases.size() + " cases");
        assertEquals(List.of(), failures);
        assertEquals(before, after, "a refused request wrote something");
    }

    private void malformedParams(List<Case> cases) {
        List<String> bad = new ArrayList<>(List.of("{", "}", "[", "{\"select\":", "{\"select\":[}", "{'select':[]}", "{select:[]}",
                "nul", "tru", "{\"a\":1,}", "[1,]", "{}{}", "{} x", "{}]", "\"text\"", "42", "true", "null", "[1,2]",
                "{\"select\":[\"id\"]}{\"x\":1}", "{\"where\":[[\"first_name\",\"=\",\"a\\u0000b\"]]}", "{\"\\u0000\":1}",
                "{\"select\":[\"\\ud800\"]}", "\u0000", "{\"select\":[\"id\"] /* comment */}", "{\"limit\":1e400}",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["));
        bad.add("[".repeat(10_000));
        bad.add("{\"where\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}");
        for (String text : bad) {
            // in the body: a query string of tens of kilobytes is refused by the HTTP layer before the application
            cases.add(new Case("params " + abbreviate(text), () -> api.form(HOST, KEY, "Contact", "get", text)));
        }
    }

    private void wrongShapes(List<Case> cases) {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("select not a list", "{\"select\":\"id\"}");
        shapes.put("select of numbers", "{\"select\":[1]}");
        shapes.put("select unknown", "{\"select\":[\"no_such_field\"]}");
        shapes.put("select bad join", "{\"select\":[\"first_name.x\"]}");
        shapes.put("select deep join", "{\"select\":[\"a.b.c.d.e\"]}");
        shapes.put("select bad aggregate", "{\"select\":[\"COUNT(no_such)\"]}");
        shapes.put("where not a list", "{\"where\":{}}");
        shapes.put("where clause not a list", "{\"where\":[\"id\"]}");
        shapes.put("where no operator", "{\"where\":[[\"id\"]]}");
        shapes.put("where unknown operator", "{\"where\":[[\"id\",\"~=\",1]]}");
        shapes.put("where unknown field", "{\"where\":[[\"nope\",\"=\",1]]}");
        shapes.put("where wrong type", "{\"where\":[[\"id\",\"=\",\"abc\"]]}");
        shapes.put("where null compare", "{\"where\":[[\"id\",\"=\",null]]}");
        shapes.put("where IN not list", "{\"where\":[[\"id\",\"IN\",5]]}");
        shapes.put("where IN of null", "{\"where\":[[\"id\",\"IN\",[null]]]}");
        shapes.put("where BETWEEN one", "{\"where\":[[\"id\",\"BETWEEN\",[1]]]}");
        shapes.put("where LIKE number", "{\"where\":[[\"first_name\",\"LIKE\",5]]}");
        shapes.put("where OR empty", "{\"where\":[[\"OR\",[]]]}");
        shapes.put("where NOT not list", "{\"where\":[[\"NOT\",\"x\"]]}");
        shapes.put("where bad date", "{\"where\":[[\"modified_date\",\"=\",\"yesterday\"]]}");
        shapes.put("orderBy not object", "{\"orderBy\":[\"id\"]}");
        shapes.put("orderBy bad direction", "{\"orderBy\":{\"id\":\"UP\"}}");
        shapes.put("orderBy unknown", "{\"orderBy\":{\"nope\":\"ASC\"}}");
        shapes.put("limit negative", "{\"limit\":-1}");
        shapes.put("limit text", "{\"limit\":\"many\"}");
        shapes.put("limit fraction", "{\"limit\":1.5}");
        shapes.put("limit huge", "{\"limit\":99999999999}");
        shapes.put("offset negative", "{\"offset\":-5}");
        shapes.put("offset huge", "{\"offset\":2147483647}");
        shapes.put("index unselected", "{\"select\":[\"id\"],\"index\":\"sort_name\"}");
        shapes.put("index negative", "{\"index\":-1}");
        shapes.put("unknown param", "{\"selekt\":[\"id\"]}");
        shapes.put("join not list", "{\"join\":\"Email\"}");
        shapes.put("join bad target", "{\"join\":[[\"Email\",\"LEFT\",[\"id\",\"=\",\"id\"]]]}");
        shapes.put("join unknown entity", "{\"join\":[[\"Nope AS n\",\"LEFT\",[\"n.id\",\"=\",\"id\"]]]}");
        shapes.put("join Setting", "{\"join\":[[\"Setting AS s\",\"LEFT\",[\"s.id\",\"=\",\"id\"]]]}");
        shapes.put("join bad type", "{\"join\":[[\"Email AS e\",\"OUTER\",[\"e.contact_id\",\"=\",\"id\"]]]}");
        shapes.put("join no condition", "{\"join\":[[\"Email AS e\",\"LEFT\"]]}");
        shapes.put("join bad condition", "{\"join\":[[\"Email AS e\",\"LEFT\",[\"e.contact_id\",\"LIKE\",\"id\"]]]}");
        shapes.put("join alias reused", "{\"join\":[[\"Email AS e\",\"LEFT\",[\"e.contact_id\",\"=\",\"id\"]],[\"Phone AS e\",\"LEFT\",[\"e.contact_id\",\"=\",\"id\"]]]}");
        shapes.put("join alias is a field", "{\"join\":[[\"Email AS sort_name\",\"LEFT\",[\"sort_name.contact_id\",\"=\",\"id\"]]]}");
        shapes.put("join alias uppercase", "{\"join\":[[\"Email AS E\",\"LEFT\",[\"E.contact_id\",\"=\",\"id\"]]]}");
        shapes.put("chain not object", "{\"chain\":[1]}");
        shapes.put("chain bad call", "{\"chain\":{\"x\":[\"Email\"]}}");
        shapes.put("chain unknown entity", "{\"chain\":{\"x\":[\"Nope\",\"get\",{}]}}");
        shapes.put("chain bad params", "{\"chain\":{\"x\":[\"Email\",\"get\",\"x\"]}}");
        shapes.put("groupBy unknown", "{\"select\":[\"contact_type\"],\"groupBy\":[\"nope\"]}");
        shapes.put("row_count with groupBy", "{\"select\":[\"row_count\"],\"groupBy\":[\"contact_type\"]}");
        shapes.forEach((name, params) -> cases.add(new Case("shape: " + name, () -> api.call(HOST, KEY, "Contact", "get", params))));

        cases.add(new Case("unknown entity", () -> api.call(HOST, KEY, "Nothing", "get", "{}")));
        cases.add(new Case("unknown action", () -> api.call(HOST, KEY, "Contact", "explode", "{}")));
        cases.add(new Case("read-only entity written", () -> api.call(HOST, KEY, "LocationType", "create", "{\"values\":{\"name\":\"x\"}}")));
        cases.add(new Case("update without where", () -> api.call(HOST, KEY, "Contact", "update", "{\"values\":{\"first_name\":\"x\"}}")));
        cases.add(new Case("delete without where", () -> api.call(HOST, KEY, "Contact", "delete", "{}")));
        cases.add(new Case("replace without where", () -> api.call(HOST, KEY, "Contact", "replace", "{\"records\":[]}")));
        cases.add(new Case("save without records", () -> api.call(HOST, KEY, "Contact", "save", "{}")));
        cases.add(new Case("save record not object", () -> api.call(HOST, KEY, "Contact", "save", "{\"records\":[1]}")));
        cases.add(new Case("save missing id", () -> api.call(HOST, KEY, "Contact", "save", "{\"records\":[{\"id\":2147480000,\"first_name\":\"x\"}]}")));
        cases.add(new Case("save match unknown", () -> api.call(HOST, KEY, "Contact", "save", "{\"records\":[{\"first_name\":\"x\"}],\"match\":[\"nope\"]}")));
        cases.add(new Case("checkAccess without action", () -> api.call(HOST, KEY, "Contact", "checkAccess", "{}")));
        cases.add(new Case("autocomplete bad param", () -> api.call(HOST, KEY, "Contact", "autocomplete", "{\"inputt\":\"a\"}")));
        cases.add(new Case("autocomplete bad filter", () -> api.call(HOST, KEY, "Contact", "autocomplete", "{\"filters\":{\"nope\":1}}")));
        cases.add(new Case("half-valid save", () -> api.call(HOST, KEY, "Contact", "save",
                "{\"records\":[{\"contact_type\":\"Individual\",\"first_name\":\"Half\"},{\"contact_type\":\"Alien\"}]}")));
        cases.add(new Case("failing chain after create", () -> api.call(HOST, KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"Chained\"},\"chain\":{\"e\":[\"Email\",\"create\",{\"values\":{\"contact_id\":\"$id\",\"email\":\"not an email\",\"location_type_id\":1}}]}}")));
        cases.add(new Case("menu entry with an unknown permission operator", () -> api.call(HOST, KEY, "Navigation", "create",
                "{\"values\":{\"name\":\"Forged\",\"label\":\"Forged\",\"weight\":1,\"permission\":\"access CiviCRM\",\"permission_operator\":\"XOR\"}}")));
        cases.add(new Case("an individual's names cleared", () -> api.call(HOST, KEY, "Contact", "update",
                "{\"where\":[[\"last_name\",\"=\",\"Northcott\"]],\"values\":{\"first_name\":null,\"last_name\":null}}")));
        cases.add(new Case("over-long first name", () -> api.call(HOST, KEY, "Contact", "create",
                "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"" + "x".repeat(300) + "\"}}")));
        cases.add(new Case("another domain's OptionValue updated", () -> api.call(HOST, KEY, "OptionValue", "update",
                "{\"where\":[[\"id\",\"=\",1]],\"values\":{\"label\":\"x\"}}")));
        cases.add(new Case("shared OptionGroup updated", () -> api.call(HOST, KEY, "OptionGroup", "update",
                "{\"where\":[[\"id\",\"=\",1]],\"values\":{\"title\":\"x\"}}")));
        cases.add(new Case("shared OptionValue deleted", () -> api.call(HOST, KEY, "OptionValue", "delete", "{\"where\":[[\"id\",\"=\",1]]}")));
    }

    private void limits(List<Case> cases) {
        String deepNot = "[\"NOT\",[".repeat(900) + "[\"id\",\"=\",1]" + "]]".repeat(900);
        cases.add(new Case("NOT 900 deep", () -> api.form(HOST, KEY, "Contact", "get", "{\"where\":[" + deepNot + "]}")));
        cases.add(new Case("OR 9 deep", () -> api.call(HOST, KEY, "Contact", "get", "{\"where\":[" + "[\"OR\",[".repeat(9) + "[\"id\",\"=\",1]"
                + "]]".repeat(9) + "]}")));
        cases.add(new Case("5000 where conditions", () -> api.form(HOST, KEY, "Contact", "get", "{\"where\":["
                + IntStream.range(0, 5000).mapToObj(i -> "[\"id\",\"<>\"," + i + "]").collect(Collectors.joining(",")) + "]}")));
        cases.add(new Case("OR of 20000", () -> api.form(HOST, KEY, "Contact", "get", "{\"where\":[[\"OR\",["
                + IntStream.range(0, 20000).mapToObj(i -> "[\"id\",\"=\"," + i + "]").collect(Collectors.joining(",")) + "]]]}")));
        cases.add(new Case("IN of 20000", () -> api.form(HOST, KEY, "Contact", "get", "{\"where\":[[\"id\",\"IN\",["
                + IntStream.range(0, 20000).mapToObj(Integer::toString).collect(Collectors.joining(",")) + "]]]}")));
        cases.add(new Case("select of 20000", () -> api.form(HOST, KEY, "Contact", "get", "{\"select\":["
                + IntStream.range(0, 20000).mapToObj(i -> "\"id\"").collect(Collectors.joining(",")) + "]}")));
        cases.add(new Case("orderBy of 200", () -> api.form(HOST, KEY, "Contact", "get", "{\"orderBy\":{"
                + IntStream.range(0, 200).mapToObj(i -> "\"id" + " ".repeat(i) + "\":\"ASC\"").collect(Collectors.joining(",")) + "}}")));
        for (int joins : new int[] {7, 12, 62}) {
            cases.add(new Case(joins + " self-joins", () -> api.form(HOST, KEY, "Contact", "get", "{\"select\":[\"id\"],\"join\":["
                    + IntStream.range(0, joins).mapToObj(i -> "[\"Contact AS c" + i + "\",\"LEFT\",[\"c" + i + ".id\",\"=\",\"id\"]]")
                    .collect(Collectors.joining(",")) + "]}")));
        }
        for (int depth : new int[] {4, 6, 60, 200}) {
            String chain = "{}";
            for (int i = 0; i < depth; i++) {
                chain = "{\"chain\":{\"c\":[\"Contact\",\"get\"," + chain + "]}}";
            }
            String params = chain;
            cases.add(new Case("chain " + depth + " deep", () -> api.form(HOST, KEY, "Contact", "get", params)));
        }
        cases.add(new Case("batch of 101", () -> batch("{" + IntStream.range(0, 101).mapToObj(i -> "\"k" + i + "\":[\"Contact\",\"get\",{}]")
                .collect(Collectors.joining(",")) + "}")));
        cases.add(new Case("save of 1001", () -> api.form(HOST, KEY, "Contact", "save", "{\"records\":["
                + IntStream.range(0, 1001).mapToObj(i -> "{\"contact_type\":\"Individual\",\"first_name\":\"N" + i + "\"}")
                .collect(Collectors.joining(",")) + "]}")));
        cases.add(new Case("autocomplete page max", () -> api.call(HOST, KEY, "Contact", "autocomplete", "{\"page\":2147483647}")));
        cases.add(new Case("autocomplete page far", () -> api.call(HOST, KEY, "Contact", "autocomplete", "{\"page\":9999999}")));
        cases.add(new Case("body over 4 MiB", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", KEY, FORM,
                "params=" + encode("{\"select\":[\"id\"]}") + "&pad=" + "x".repeat(5 * 1024 * 1024))));
    }

    private void transport(List<Case> cases) {
        cases.add(new Case("bad percent-encoding", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", KEY, FORM, "params=%zz")));
        cases.add(new Case("truncated percent-encoding", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", KEY, FORM, "params=%7")));
        cases.add(new Case("bogus charset", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", KEY,
                FORM + "; charset=bogus", "params=%7B%7D")));
        cases.add(new Case("unknown charset name", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", KEY,
                FORM + "; charset=x-no-such", "params=%7B%7D")));
        cases.add(new Case("GET of create", () -> server.send(HOST, "GET", "/civicrm/ajax/api4/Contact/create?params=%7B%7D", KEY)));
        cases.add(new Case("PUT", () -> server.send(HOST, "PUT", "/civicrm/ajax/api4/Contact/get", KEY, FORM, "params=%7B%7D")));
        cases.add(new Case("DELETE", () -> server.send(HOST, "DELETE", "/civicrm/ajax/api4/Contact/get", KEY)));
        cases.add(new Case("no key", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", null, FORM, "")));
        cases.add(new Case("bad key", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get", "nope", FORM, "")));
        cases.add(new Case("key of another site", () -> server.send("south.localhost", "POST", "/civicrm/ajax/api4/Contact/get", KEY, FORM, "")));
        cases.add(new Case("unknown api path", () -> server.send(HOST, "POST", "/civicrm/ajax/api4/Contact/get/extra", KEY, FORM, "")));
        cases.add(new Case("unknown civicrm path", () -> server.send(HOST, "GET", "/civicrm/nothing", KEY)));
        cases.add(new Case("unknown /api path", () -> server.send(HOST, "GET", "/api/nothing", KEY)));
        cases.add(new Case("batch not JSON", () -> batch("{")));
        cases.add(new Case("batch not object", () -> batch("[1]")));
        cases.add(new Case("batch trailing", () -> batch("{}{}")));
        cases.add(new Case("batch empty", () -> server.send(HOST, "POST", "/civicrm/ajax/api4", KEY, FORM, "")));
        cases.add(new Case("login without form", () -> server.send(HOST, "POST", "/api/login", null, "application/json", "{}")));
        cases.add(new Case("login wrong password", () -> server.send(HOST, "POST", "/api/login", null, FORM, "username=north&password=wrong")));
    }

    private void settings(List<Case> cases) {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("count negative", "{\"values\":{\"search_autocomplete_count\":-5}}");
        bad.put("count huge", "{\"values\":{\"search_autocomplete_count\":100000000000}}");
        bad.put("count text", "{\"values\":{\"search_autocomplete_count\":\"ten\"}}");
        bad.put("boolean text", "{\"values\":{\"includeWildCardInName\":\"perhaps\"}}");
        bad.put("list of objects", "{\"values\":{\"contact_autocomplete_options\":[{}]}}");
        bad.put("unknown setting", "{\"values\":{\"noSuchSetting\":1}}");
        bad.put("over-long value", "{\"values\":{\"lcMessages\":\"" + "x".repeat(20_000) + "\"}}");
        bad.put("no values", "{}");
        bad.put("another domain", "{\"values\":{\"lcMessages\":\"fr_FR\"},\"domainId\":3}");
        bad.put("head-office setting", "{\"values\":{\"uploadDir\":\"/tmp\"}}");
        bad.forEach((name, params) -> cases.add(new Case("Setting.set " + name, () -> api.form(HOST, KEY, "Setting", "set", params))));
        cases.add(new Case("Setting.get unknown", () -> api.call(HOST, KEY, "Setting", "get", "{\"select\":[\"noSuchSetting\"]}")));
        cases.add(new Case("Setting.get bad domain", () -> api.call(HOST, KEY, "Setting", "get", "{\"domainId\":\"x\"}")));
    }

    /** From each entity's metadata: an unknown field, each field given the wrong type, text too long or with NUL, a missing required field. */
    private void generatedFromFields(List<Case> cases, String entity) {
        List<JsonObject> fields = api.ok(HOST, KEY, entity, "getFields", "{}").getJsonArray("values").stream().map(JsonValue::asJsonObject).toList();
        boolean writable = api.ok(HOST, KEY, entity, "getActions", "{}").getJsonArray("values").stream()
                .anyMatch(v -> v.asJsonObject().getString("name").equals("create"));
        cases.add(new Case(entity + " get unknown field", () -> api.call(HOST, KEY, entity, "get", "{\"select\":[\"no_such_field\"]}")));
        for (JsonObject field : fields) {
            String name = field.getString("name");
            String type = field.getString("data_type");
            String wrong = switch (type) {
                case "Integer" -> "\"not a number\"";
                case "Boolean" -> "\"perhaps\"";
                case "Date", "Timestamp" -> "\"not a date\"";
                case "Money" -> "\"lots\"";
                default -> null;
            };
            if (wrong != null) {
                cases.add(new Case(entity + " where " + name + " wrong type", () -> api.call(HOST, KEY, entity, "get",
                        "{\"where\":[[\"" + name + "\",\"=\"," + wrong + "]]}")));
            }
            if (!writable || field.getBoolean("readonly")) {
                continue;
            }
            if (wrong != null) {
                cases.add(new Case(entity + " create " + name + " wrong type", () -> api.call(HOST, KEY, entity, "create",
                        "{\"values\":{\"" + name + "\":" + wrong + "}}")));
            } else if (type.equals("String") && field.get("options") == JsonValue.FALSE) {
                cases.add(new Case(entity + " create " + name + " NUL", () -> api.call(HOST, KEY, entity, "create",
                        "{\"values\":{\"" + name + "\":\"a\\u0000b\"}}")));
                long holds = field.containsKey("input_attrs") ? field.getJsonObject("input_attrs").getJsonNumber("maxlength").longValue()
                        : Long.MAX_VALUE;
                if (holds < 70_000) {
                    cases.add(new Case(entity + " update " + name + " too long", () -> api.form(HOST, KEY, entity, "update",
                            "{\"where\":[[\"id\",\">\",0]],\"values\":{\"" + name + "\":\"" + "y".repeat(70_000) + "\"}}")));
                }
            } else if (field.get("options") != JsonValue.FALSE) {
                cases.add(new Case(entity + " create " + name + " not an option", () -> api.call(HOST, KEY, entity, "create",
                        "{\"values\":{\"" + name + "\":\"no such option\"}}")));
            }
        }
        if (writable) {
            cases.add(new Case(entity + " create unknown field", () -> api.call(HOST, KEY, entity, "create", "{\"values\":{\"no_such_field\":1}}")));
            cases.add(new Case(entity + " create empty", () -> api.call(HOST, KEY, entity, "create", "{\"values\":{}}")));
            cases.add(new Case(entity + " update read-only id", () -> api.call(HOST, KEY, entity, "update",
                    "{\"where\":[[\"id\",\"=\",1]],\"values\":{\"no_such_field\":2}}")));
        }
    }

    private HttpResponse<String> batch(String calls) {
        return server.send(HOST, "POST", "/civicrm/ajax/api4", KEY, FORM, "calls=" + encode(calls));
    }

    private List<String> entities() {
        String document = server.send("localhost", "GET", "/openapi", null, null, null).body();
        var matcher = java.util.regex.Pattern.compile("/civicrm/ajax/api4/([A-Za-z]+)/getFields\\b").matcher(document);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            if (!matcher.group(1).equals("Setting") && !names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Rows the server writes on its own schedule, whatever the requests: the scheduled jobs' log. */
    private static final Set<String> WRITTEN_BY_THE_SERVER = Set.of("JobLog");

    private Map<String, Long> rowCounts(List<String> entities) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] site : new String[][] {{"localhost", "admin-demo-key"}, {"north.localhost", "admin-demo-key"}, {"south.localhost", "admin-demo-key"}}) {
            for (String entity : entities) {
                if (WRITTEN_BY_THE_SERVER.contains(entity)) {
                    continue;
                }
                counts.put(site[0] + " " + entity, (long) api.ok(site[0], site[1], entity, "get", "{\"select\":[\"row_count\"]}").getInt("count"));
            }
            counts.put(site[0] + " settings", (long) api.ok(site[0], site[1], "Setting", "get", "{}").toString().hashCode());
        }
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
