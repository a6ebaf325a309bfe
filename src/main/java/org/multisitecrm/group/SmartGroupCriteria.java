package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @Inject
    private EntityCatalog catalog;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    void validate(String whereJson) {
        query(whereArray(whereJson));
    }

    /** A saved search's {@code api_params}: a JSON object whose only key is a valid {@code where}. */
    void validateSavedParams(String apiParams) {
        JsonObject params;
        try {
            params = JSON.createReader(new StringReader(apiParams == null ? "" : apiParams)).readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("api_params", "a JSON object such as {\"where\": [[\"last_name\", \"=\", \"Smith\"]]}");
        }
        if (!params.containsKey("where") || params.keySet().size() != 1 || !(params.get("where") instanceof JsonArray where)) {
            throw new InvalidInput("api_params", "holds exactly one key, where, an array (other keys are not used by smart groups)");
        }
        query(where);
    }

    List<Contact> matching(String apiParams) {
        JsonObject params;
        try {
            params = JSON.createReader(new StringReader(apiParams)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw new IllegalStateException("Saved search parameters are not a JSON object: " + apiParams, e);
        }
        return query(params.getJsonArray("where"))
                .orderBy(JSON.createObjectBuilder().add("sort_name", "ASC").build())
                .records(em, Contact.class).getResultList();
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
