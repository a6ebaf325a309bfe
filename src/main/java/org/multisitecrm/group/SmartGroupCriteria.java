package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.CatalogQuery;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.StringReader;
import java.util.List;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A smart group's criteria: an APIv4 {@code where} over Contact, read by the catalogue's own query
 * (every field, operator and nesting a Contact get accepts, the same limits and the same errors). Being
 * a catalogue query, it passes the caller's scoping and visibility criteria, on the contact and on any
 * entity it reaches through a foreign key: a smart group never shows a contact the caller could not see
 * anyway, and a contact in the trash is not a member.
 */
@ApplicationScoped
public class SmartGroupCriteria {

    private static final String CONTACT = "Contact";
    private static final java.util.Set<String> SEARCH_PARAMS = java.util.Set.of("version", "select", "join", "where", "groupBy",
            "having", "orderBy");

    @Inject
    private EntityCatalog catalog;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    void validate(String whereJson) {
        query(whereArray(whereJson));
    }

    /**
     * A saved search's {@code api_params} on its entity: select, join, where, groupBy, having and orderBy,
     * each checked as a get of that entity checks it. A smart group's search is on Contact and has a
     * where only: its members are the contacts the where finds.
     */
    void validateSavedParams(String apiEntity, String apiParams, boolean drivesGroup) {
        JsonObject params;
        try {
            params = JSON.createReader(new StringReader(apiParams == null ? "" : apiParams)).readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("api_params", "a JSON object such as {\"where\": [[\"last_name\", \"=\", \"Smith\"]]}");
        }
        for (String key : params.keySet()) {
            if (!SEARCH_PARAMS.contains(key)) {
                throw new InvalidInput("api_params", "'" + key + "' is not a parameter of a saved search " + SEARCH_PARAMS);
            }
        }
        if (drivesGroup) {
            if (!CONTACT.equals(apiEntity)) {
                throw new InvalidInput("api_entity", "a smart group's search is on Contact, not " + apiEntity);
            }
            if (params.keySet().stream().anyMatch(k -> k.equals("join") || k.equals("groupBy") || k.equals("having"))) {
                throw new InvalidInput("api_params", "a smart group's search finds contacts by a where; join, groupBy and having do not apply");
            }
        }
        CatalogEntity entity = catalog.find(apiEntity).orElseThrow(() -> new InvalidInput("api_entity", "no API entity is named '" + apiEntity + "'"));
        try {
            new CatalogQuery(entity, catalog).join(array(params, "join"), catalog).select(strings(params, "select"))
                    .groupBy(strings(params, "groupBy")).having(array(params, "having")).where(array(params, "where"))
                    .orderBy(params.get("orderBy") instanceof JsonObject order ? order : JsonValue.EMPTY_JSON_OBJECT);
        } catch (InvalidInput invalid) {
            throw new InvalidInput("api_params", invalid.getMessage());
        }
    }

    private static JsonArray array(JsonObject params, String key) {
        JsonValue value = params.get(key);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInput("api_params", key + " is an array");
        }
        return array;
    }

    private static List<String> strings(JsonObject params, String key) {
        return array(params, key).stream().map(v -> {
            if (!(v instanceof jakarta.json.JsonString s)) {
                throw new InvalidInput("api_params", key + " is an array of names");
            }
            return s.getString();
        }).toList();
    }

    List<Contact> matching(String apiParams) {
        return query(storedWhere(apiParams))
                .orderBy(JSON.createObjectBuilder().add("sort_name", "ASC").build())
                .records(em, Contact.class).getResultList();
    }

    @SuppressWarnings("unchecked")
    List<Long> matchingIds(String apiParams) {
        return ((List<Number>) query(storedWhere(apiParams)).unlockedIds(em).getResultList()).stream().map(Number::longValue).toList();
    }

    /** The where of a stored smart group's search, which was checked when it was saved. */
    private static JsonArray storedWhere(String apiParams) {
        try {
            return JSON.createReader(new StringReader(apiParams)).readObject().getJsonArray("where");
        } catch (JsonException | ClassCastException e) {
            throw new IllegalStateException("Saved search parameters are not a JSON object: " + apiParams, e);
        }
    }

    private CatalogQuery query(JsonArray where) {
        return new CatalogQuery(catalog.require(CONTACT), catalog).where(where);
    }

    private static JsonArray whereArray(String whereJson) {
        try {
            return JSON.createReader(new StringReader(whereJson)).readArray();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("where", "a JSON array of [field, operator, value] clauses");
        }
    }
}
