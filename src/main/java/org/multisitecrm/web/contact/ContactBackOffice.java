package org.multisitecrm.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.contact.UniqueEmailPerDomain;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.security.AccessDenied;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.web.record.RecordTable;
import org.multisitecrm.web.record.Rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The contact pages' unit of work (as Cargo Tracker's booking facade): each call is one transaction
 * through the catalogue, so a contact created with its email is created whole or not at all, and a
 * contact another domain holds is "not found" here exactly as over the API.
 */
@ApplicationScoped
@Transactional
public class ContactBackOffice {

    static final List<String> CONTACT_FIELDS = List.of("id", "contact_type", "display_name", "sort_name", "first_name",
            "last_name", "organization_name", "household_name", "is_deleted", "created_date", "modified_date");
    private static final int TAB_ROWS = 50;

    @Inject
    private CatalogReads reads;

    @Inject
    private CatalogWrites writes;

    @Inject
    private EntityCatalog entities;

    @Inject
    private EffectiveSettings settings;

    /** The contact, in the trash too when the caller may see the trash. */
    public Map<String, Object> contact(long id) {
        JsonArray where = JSON.createArrayBuilder()
                .add(JSON.createArrayBuilder().add("id").add("=").add(id))
                .add(JSON.createArrayBuilder().add("is_deleted").add("IN").add(JSON.createArrayBuilder().add(true).add(false)))
                .build();
        List<JsonObject> rows = reads.rows("Contact", CONTACT_FIELDS, where, JsonObject.EMPTY_JSON_OBJECT, 0, 1);
        if (rows.isEmpty()) {
            throw new NotFound("Contact", id);
        }
        return Rows.plain(rows.get(0));
    }

    /** The summary's tabs the caller may read; an entity the caller may not read is no tab at all. */
    public List<RecordTable> tabs(long contactId) {
        List<RecordTable> tabs = new ArrayList<>();
        for (ContactTab tab : ContactTab.ALL) {
            if (entities.find(tab.entity()).isEmpty()) {
                continue;
            }
            JsonArray where = tab.where().apply(contactId);
            JsonObject order = tab.orderBy() == null ? JsonObject.EMPTY_JSON_OBJECT
                    : JSON.createObjectBuilder().add(tab.orderBy(), "DESC").build();
            try {
                List<Map<String, Object>> rows = reads.rows(tab.entity(), tab.select(), where, order, 0, TAB_ROWS)
                        .stream().map(Rows::plain).toList();
                long total = rows.size() < TAB_ROWS ? rows.size() : reads.count(tab.entity(), where);
                tabs.add(new RecordTable(tab.key(), tab.title(), tab.columns(), rows, total, tab.rowPage()));
            } catch (AccessDenied notForThisCaller) {
                // the caller holds no permission to read this entity: no tab, as the menu hides what they may not use
            }
        }
        return tabs;
    }

    /** Whether this domain lets an email belong to one of its contacts only: then a duplicate is refused, not warned about. */
    public boolean emailsUniqueHere() {
        return settings.isTrue(UniqueEmailPerDomain.SETTING);
    }

    /** Contacts the caller sees that already have this email: the duplicate warning of the create form. */
    public List<Map<String, Object>> sameEmail(String email) {
        JsonArray where = JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("email").add("=").add(email.trim())).build();
        return reads.rows("Email", List.of("contact_id", "contact_id.display_name"), where, JsonObject.EMPTY_JSON_OBJECT, 0, 5)
                .stream().map(Rows::plain).toList();
    }

    public long create(ContactForm form) {
        JsonObject created = writes.create(entities.require("Contact"), form.values(true));
        long id = created.getJsonNumber("id").longValue();
        if (form.hasEmail()) {
            writes.create(entities.require("Email"), JSON.createObjectBuilder().add("contact_id", id)
                    .add("email", form.getEmail().trim()).add("is_primary", true).add("location_type_id", defaultLocationType()).build());
        }
        return id;
    }

    /** CiviCRM's default location type (Home in a fresh install) for the email typed on the contact form. */
    private long defaultLocationType() {
        List<JsonObject> types = reads.rows("LocationType", List.of("id"), JSON.createArrayBuilder()
                        .add(JSON.createArrayBuilder().add("is_active").add("=").add(true)).build(),
                JSON.createObjectBuilder().add("is_default", "DESC").build(), 0, 1);
        if (types.isEmpty()) {
            throw new org.multisitecrm.infrastructure.validation.InvalidInput("email", "no active location type to file it under");
        }
        return types.get(0).getJsonNumber("id").longValue();
    }

    public void update(long id, ContactForm form) {
        found(id, writes.update(entities.require("Contact"), byId(id), form.values(false)));
    }

    public void trash(long id) {
        found(id, writes.delete(entities.require("Contact"), byId(id), JsonObject.EMPTY_JSON_OBJECT));
    }

    public void restore(long id) {
        found(id, writes.update(entities.require("Contact"), JSON.createArrayBuilder()
                .add(JSON.createArrayBuilder().add("id").add("=").add(id))
                .add(JSON.createArrayBuilder().add("is_deleted").add("=").add(true)).build(),
                JSON.createObjectBuilder().add("is_deleted", false).build()));
    }

    public void deletePermanently(long id) {
        found(id, writes.delete(entities.require("Contact"), JSON.createArrayBuilder()
                        .add(JSON.createArrayBuilder().add("id").add("=").add(id))
                        .add(JSON.createArrayBuilder().add("is_deleted").add("IN").add(JSON.createArrayBuilder().add(true).add(false))).build(),
                JSON.createObjectBuilder().add("useTrash", false).build()));
    }

    /** A write that matched nothing: the contact is missing or not the caller's, told apart by nobody. */
    private static void found(long id, List<JsonObject> written) {
        if (written.isEmpty()) {
            throw new NotFound("Contact", id);
        }
    }

    private static JsonArray byId(long id) {
        return JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(id)).build();
    }
}
