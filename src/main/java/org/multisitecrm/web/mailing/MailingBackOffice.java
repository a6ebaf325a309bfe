package org.multisitecrm.web.mailing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.mailing.FromAddress;
import org.multisitecrm.mailing.FromAddresses;
import org.multisitecrm.mailing.MailingService;
import org.multisitecrm.web.record.Rows;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The Mailings pages' unit of work, through the catalogue (so the API's rules and refusals hold): the
 * domain's mailings and their stats, one mailing with its groups, saving a draft with its Include and
 * Exclude groups, its preview, a test send, scheduling, and pausing, resuming or cancelling it.
 */
@ApplicationScoped
@Transactional
public class MailingBackOffice {

    private static final int MAX_ROWS = 200;
    static final List<String> FIELDS = List.of("id", "name", "subject", "from_email", "replyto_email", "body_text", "body_html", "status",
            "scheduled_date");

    @Inject
    private CatalogReads reads;
    @Inject
    private CatalogWrites writes;
    @Inject
    private EntityCatalog entities;
    @Inject
    private FromAddresses fromAddresses;
    @Inject
    private MailingService mailings;

    public List<Map<String, Object>> mailings() {
        return reads.rows("Mailing", List.of("id", "name", "subject", "status", "scheduled_date"), JSON.createArrayBuilder().build(),
                JSON.createObjectBuilder().add("id", "DESC").build(), 0, MAX_ROWS).stream().map(Rows::plain).toList();
    }

    public Map<String, Object> mailing(long id) {
        return Rows.plain(reads.one("Mailing", id, FIELDS));
    }

    /** The groups the mailing includes or excludes ({@code type} Include or Exclude). */
    public List<Long> groups(long mailingId, String type) {
        return reads.rows("MailingGroup", List.of("entity_id"), where(mailingId, type), JSON.createObjectBuilder().build(), 0, MAX_ROWS)
                .stream().map(row -> row.getJsonNumber("entity_id").longValue()).toList();
    }

    public Map<Long, String> visibleGroups() {
        Map<Long, String> groups = new java.util.LinkedHashMap<>();
        reads.rows("Group", List.of("id", "title"), JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("is_active").add("=").add(true))
                        .build(), JSON.createObjectBuilder().add("title", "ASC").build(), 0, 1000)
                .forEach(row -> groups.put(row.getJsonNumber("id").longValue(), row.getString("title")));
        return groups;
    }

    public List<FromAddress> fromAddresses() {
        return fromAddresses.all();
    }

    /** Creates or changes the draft and makes its groups these; answers its id. */
    public long save(Long id, JsonObject values, List<Long> include, List<Long> exclude) {
        var mailing = entities.require("Mailing");
        long saved = id == null ? writes.create(mailing, values).getJsonNumber("id").longValue()
                : writes.update(mailing, byId(id), values).get(0).getJsonNumber("id").longValue();
        var groups = entities.require("MailingGroup");
        writes.delete(groups, JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("mailing_id").add("=").add(saved)).build(),
                JSON.createObjectBuilder().build());
        for (var entry : Map.of("Include", include, "Exclude", exclude).entrySet()) {
            for (long group : entry.getValue()) {
                writes.create(groups, JSON.createObjectBuilder().add("mailing_id", saved).add("group_type", entry.getKey())
                        .add("entity_table", "civicrm_group").add("entity_id", group).build());
            }
        }
        return saved;
    }

    public MailingService.Preview preview(long id) {
        reads.one("Mailing", id, List.of("id"));
        return mailings.preview(id);
    }

    public JsonObject sendTest(long id, String addresses) {
        return writes.perform(entities.require("Mailing"), "send_test", byId(id), JSON.createObjectBuilder()
                .add("test_email", addresses == null ? "" : addresses).build()).get(0);
    }

    public void scheduleNow(long id) {
        writes.update(entities.require("Mailing"), byId(id), JSON.createObjectBuilder()
                .add("scheduled_date", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))).build());
    }

    /** {@code pause}, {@code resume} or {@code cancel}. */
    public void act(long id, String action) {
        writes.perform(entities.require("Mailing"), action, byId(id), JSON.createObjectBuilder().build());
    }

    public Map<String, Object> stats(long id) {
        return Rows.plain(writes.perform(entities.require("Mailing"), "stats", byId(id), JSON.createObjectBuilder().build()).get(0));
    }

    private static JsonArray byId(long id) {
        return JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(id)).build();
    }

    private static JsonArray where(long mailingId, String type) {
        return JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("mailing_id").add("=").add(mailingId))
                .add(JSON.createArrayBuilder().add("group_type").add("=").add(type)).build();
    }

    static JsonObject values(String name, String subject, String fromEmail, String replyTo, String bodyHtml, String bodyText) {
        JsonObjectBuilder values = JSON.createObjectBuilder();
        put(values, "name", name);
        put(values, "subject", subject);
        put(values, "from_email", fromEmail);
        put(values, "replyto_email", replyTo);
        put(values, "body_html", bodyHtml);
        put(values, "body_text", bodyText);
        return values.build();
    }

    private static void put(JsonObjectBuilder values, String field, String value) {
        if (value == null || value.isBlank()) {
            values.addNull(field);
        } else {
            values.add(field, value);
        }
    }
}
