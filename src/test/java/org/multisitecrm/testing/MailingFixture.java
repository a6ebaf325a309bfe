package org.multisitecrm.testing;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mailings made over APIv4 on one site, for tests: people with their own addresses, groups (plain and
 * smart), a mailing to them, scheduling and sending it now, and following its links. Every name carries
 * this fixture's run, and {@link #cleanUp} removes what it made (through head office, which sees it all).
 */
public final class MailingFixture {

    private static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/civicrm/mailing/(unsubscribe|optout)\\?qid=(\\d+)&h=([0-9a-f]+))");

    private static final Pattern TRACKING = Pattern.compile("http://[^/\\s\"]+(/civicrm/mailing/(?:url|open)\\?[^\"\\s]+)");

    private final ServerProcess server;
    private final Api4Client api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> contacts = new ArrayList<>();
    private final List<Long> groups = new ArrayList<>();

    public MailingFixture(ServerProcess server) {
        this.server = server;
        this.api = new Api4Client(server);
    }

    public String run() {
        return run;
    }

    public String address(String local) {
        return local + "." + run + "@example.net";
    }

    /** A person of the site's domain with the address {@link #address}(local); {@code extra} adds Contact values. */
    public long person(String host, String key, String first, String local, String extra) {
        long id = api.firstId(host, key, "Contact", "create", "{\"values\":{\"contact_type\":\"Individual\",\"first_name\":\"" + first
                + "\",\"last_name\":\"Mailing " + run + "\"" + extra + "}}");
        contacts.add(id);
        api.ok(host, key, "Email", "create", "{\"values\":{\"contact_id\":" + id + ",\"email\":\"" + address(local)
                + "\",\"is_primary\":true,\"location_type_id\":1}}");
        return id;
    }

    public long group(String host, String key, String title, long... members) {
        long id = api.firstId(host, key, "Group", "create", "{\"values\":{\"title\":\"" + title + " " + run + "\",\"name\":\""
                + title.toLowerCase().replace(' ', '_') + "_" + run + "\"}}");
        groups.add(id);
        for (long member : members) {
            api.ok(host, key, "GroupContact", "create", "{\"values\":{\"group_id\":" + id + ",\"contact_id\":" + member
                    + ",\"status\":\"Added\"}}");
        }
        return id;
    }

    /** A smart group of this run's people with these first names, as its domain sees them. */
    public long smartGroup(String host, String key, String title, String... firstNames) {
        String names = Arrays.stream(firstNames).map(n -> "\"" + n + "\"").collect(Collectors.joining(","));
        String slug = title.toLowerCase().replace(' ', '_') + "_" + run;
        long search = api.firstId(host, key, "SavedSearch", "create", "{\"values\":{\"name\":\"" + slug + "\",\"label\":\"" + title
                + " " + run + "\",\"api_entity\":\"Contact\",\"api_params\":{\"where\":[[\"last_name\",\"=\",\"Mailing " + run + "\"],"
                + "[\"first_name\",\"IN\",[" + names + "]]]}}}");
        long id = api.firstId(host, key, "Group", "create", "{\"values\":{\"title\":\"" + title + " " + run + "\",\"name\":\"" + slug
                + "\",\"saved_search_id\":" + search + "}}");
        groups.add(id);
        return id;
    }

    /** A mailing with contact, domain and action tokens, including one group and excluding another (or none). */
    public long mailing(String host, String key, long include, Long exclude) {
        long id = api.firstId(host, key, "Mailing", "create", "{\"values\":{\"name\":\"News " + run + "\","
                + "\"subject\":\"Hello {contact.first_name} from {domain.name}\","
                + "\"body_text\":\"Dear {contact.display_name},\\nnews from {domain.name}.\\nUnsubscribe: {action.unsubscribeUrl}\\n"
                + "Opt out: {action.optOutUrl}\\n\","
                + "\"body_html\":\"<p>Dear {contact.display_name},</p><p><a href=\\\"{action.unsubscribeUrl}\\\">Unsubscribe</a></p>\"}}");
        include(host, key, id, "Include", include);
        if (exclude != null) {
            include(host, key, id, "Exclude", exclude);
        }
        return id;
    }

    public void include(String host, String key, long mailing, String type, long group) {
        api.ok(host, key, "MailingGroup", "create", "{\"values\":{\"mailing_id\":" + mailing + ",\"group_type\":\"" + type + "\","
                + "\"entity_table\":\"civicrm_group\",\"entity_id\":" + group + "}}");
    }

    public static String now() {
        return LocalDateTime.now().minusSeconds(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    public void schedule(String host, String key, long mailing) {
        api.ok(host, key, "Mailing", "update", "{\"where\":[[\"id\",\"=\"," + mailing + "]],\"values\":{\"scheduled_date\":\"" + now() + "\"}}");
    }

    /** Runs the domain's Send Scheduled Mailings now; the server's own scheduler may hold it for a moment. */
    public void send(String host, String key) {
        long job = api.firstId(host, key, "Job", "get", "{\"where\":[[\"api_action\",\"=\",\"process_mailing\"]]}");
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonObject ran = api.ok(host, key, "Job", "execute", "{\"where\":[[\"id\",\"=\"," + job + "]]}").getJsonArray("values")
                    .getJsonObject(0);
            if (!ran.getString("description").startsWith("Not run")) {
                if (!ran.getString("description").endsWith("Success")) {
                    throw new AssertionError(ran.toString());
                }
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The unsubscribe and opt-out links of a message, by their action. */
    public static Map<String, Matcher> links(MimeMessage message) {
        Matcher m = LINK.matcher(MailSink.text(message));
        Map<String, Matcher> found = new HashMap<>();
        while (m.find()) {
            Matcher copy = LINK.matcher(m.group());
            copy.find();
            found.put(m.group(2), copy);
        }
        return found;
    }

    /** The tracked links and the open image of a message's HTML, as paths with their query on the sending site. */
    public static List<String> tracking(MimeMessage message) {
        Matcher m = TRACKING.matcher(MailSink.html(message));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    /** The link's confirming POST, as its page's form sends it. */
    public HttpResponse<String> follow(String host, Matcher link) {
        return server.send(host, "POST", "/civicrm/mailing/" + link.group(2), Map.of("Content-Type", Api4Client.FORM,
                "Origin", "http://" + host + ":" + server.port()), "qid=" + link.group(3) + "&h=" + link.group(4));
    }

    public MimeMessage to(List<MimeMessage> messages, String local) {
        return messages.stream().filter(m -> MailSink.recipient(m).equals(address(local))).findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + address(local)));
    }

    /** Removes the groups and people made, through head office. */
    public void cleanUp(String headHost, String adminKey) {
        for (long group : groups) {
            api.ok(headHost, adminKey, "Group", "delete", "{\"where\":[[\"id\",\"=\"," + group + "]]}");
        }
        if (!contacts.isEmpty()) {
            api.ok(headHost, adminKey, "Contact", "delete", "{\"where\":[[\"id\",\"IN\"," + contacts + "]],\"useTrash\":false}");
        }
    }
}
