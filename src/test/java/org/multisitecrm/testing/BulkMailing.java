package org.multisitecrm.testing;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A mailing to many new people of one site, already due, for the tests that break a server mid-send;
 * and what they check afterwards: that it completed, and that nobody got a message twice.
 */
public final class BulkMailing {

    private final Api4Client api;
    private final String host;
    private final String key;
    private final int recipients;

    public BulkMailing(Api4Client api, String host, String key, int recipients) {
        this.api = api;
        this.host = host;
        this.key = key;
        this.recipients = recipients;
    }

    /** People with their own addresses in a group of their own, and a mailing to it scheduled a moment ago. */
    public long scheduleToMany(String tag) {
        String people = IntStream.range(0, recipients).mapToObj(i -> "{\"contact_type\":\"Individual\",\"first_name\":\"Reader"
                + i + "\",\"last_name\":\"" + tag + "\"}").collect(Collectors.joining(",", "[", "]"));
        List<Long> ids = Api4Client.ok(api.form(host, key, "Contact", "save", "{\"records\":" + people + "}")).getJsonArray("values")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        Function<Integer, String> email = i -> "{\"contact_id\":" + ids.get(i) + ",\"email\":\"reader" + i + "@" + tag.toLowerCase()
                + ".example\",\"is_primary\":true,\"location_type_id\":1}";
        Api4Client.ok(api.form(host, key, "Email", "save", "{\"records\":" + IntStream.range(0, recipients).mapToObj(email::apply)
                .collect(Collectors.joining(",", "[", "]")) + "}"));
        long group = api.firstId(host, key, "Group", "create", "{\"values\":{\"title\":\"" + tag + " readers\",\"name\":\""
                + tag.toLowerCase() + "_readers\"}}");
        Api4Client.ok(api.form(host, key, "GroupContact", "save", "{\"records\":" + ids.stream().map(id -> "{\"group_id\":" + group
                + ",\"contact_id\":" + id + ",\"status\":\"Added\"}").collect(Collectors.joining(",", "[", "]")) + "}"));
        long mailing = api.firstId(host, key, "Mailing", "create", "{\"values\":{\"name\":\"" + tag + "\",\"subject\":\"Hello"
                + " {contact.first_name}\",\"body_text\":\"News from {domain.name}.\"}}");
        api.ok(host, key, "MailingGroup", "create", "{\"values\":{\"mailing_id\":" + mailing + ",\"group_type\":\"Include\","
                + "\"entity_table\":\"civicrm_group\",\"entity_id\":" + group + "}}");
        api.ok(host, key, "Mailing", "update", "{\"where\":[[\"id\",\"=\"," + mailing + "]],\"values\":{\"scheduled_date\":\""
                + LocalDateTime.now().minusSeconds(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "\"}}");
        return mailing;
    }

    /** Waits (through {@code via}) for the mailing to be Complete, then for every message to reach the sink. */
    public List<MimeMessage> awaitComplete(Api4Client via, long mailing, MailSink sink, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String status = via.ok(host, key, "Mailing", "get", "{\"where\":[[\"id\",\"=\"," + mailing + "]]}").getJsonArray("values")
                    .getJsonObject(0).getString("status");
            if (status.equals("Complete")) {
                return sink.await(recipients, Duration.ofSeconds(5));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the mailing did not complete; " + sink.messages().size() + " messages arrived");
    }

    /** Recipients who got other than one message, with how many they got: empty when each got exactly one. */
    public static Map<String, Long> notExactlyOnce(List<MimeMessage> messages) {
        return messages.stream().collect(Collectors.groupingBy(MailSink::recipient, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() != 1).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public static long distinctRecipients(List<MimeMessage> messages) {
        return messages.stream().map(MailSink::recipient).distinct().count();
    }

    /**
     * What killing a sender mid-send may cost, and nothing more: nobody gets a message twice, and at most
     * one recipient per killed sender misses theirs. A message is recorded as delivered before its final dot
     * (so that it is never sent twice); a process killed after that record is durable and before the dot
     * leaves loses that one message, and SMTP offers no way to make the two one step. Returns how many
     * were lost so (0 or 1 per kill).
     */
    public static long assertNoneTwiceAtMostOneLostPerKill(List<MimeMessage> messages, int recipients, int kills) {
        org.junit.jupiter.api.Assertions.assertEquals(Map.of(), notExactlyOnce(messages), "nobody got a message twice");
        long lost = recipients - distinctRecipients(messages);
        org.junit.jupiter.api.Assertions.assertTrue(lost >= 0 && lost <= kills, lost + " recipients got no message after "
                + kills + " kill(s): at most the one in flight at each kill may be lost");
        return lost;
    }
}
