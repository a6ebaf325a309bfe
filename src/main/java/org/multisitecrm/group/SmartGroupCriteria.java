package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactType;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A smart group's criteria: APIv4 {@code where} clauses ({@code [field, operator, value]}, all
 * AND-ed) over an allowlist of Contact fields, turned into a parameterised JPQL query. Being a Contact
 * query, it passes the caller's visibility criteria: a smart group never shows a contact the caller
 * could not see anyway.
 */
@ApplicationScoped
public class SmartGroupCriteria {

    private static final Map<String, String> FIELDS = Map.of(
            "contact_type", "contactType", "first_name", "firstName", "last_name", "lastName",
            "display_name", "displayName", "sort_name", "sortName", "organization_name", "organizationName",
            "household_name", "householdName");
    private static final List<String> OPERATORS = List.of("=", "!=", "LIKE", "IN");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    void validate(String whereJson) {
        parse(whereJson);
    }

    /** A saved search's {@code api_params}: a JSON object whose only key is a valid {@code where}. */
    void validateSavedParams(String apiParams) {
        JsonObject params;
        try {
            params = JSON.createReader(new StringReader(apiParams == null ? "" : apiParams)).readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("api_params", "a JSON object such as {\"where\": [[\"last_name\", \"=\", \"Smith\"]]}");
        }
        if (!params.containsKey("where") || params.keySet().size() != 1) {
            throw new InvalidInput("api_params", "holds exactly one key, where (other keys are not used by smart groups)");
        }
        parse(params.get("where").toString());
    }

    List<Contact> matching(String apiParams) {
        JsonObject params;
        try {
            params = JSON.createReader(new StringReader(apiParams)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw new IllegalStateException("Saved search parameters are not a JSON object: " + apiParams, e);
        }
        List<Clause> clauses = parse(params.getJsonArray("where").toString());
        StringBuilder jpql = new StringBuilder("SELECT c FROM Contact c WHERE c.isDeleted = FALSE");
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            String operator = clause.operator().equals("!=") ? "<>" : clause.operator();
            jpql.append(" AND c.").append(FIELDS.get(clause.field())).append(' ').append(operator)
                    .append(clause.operator().equals("IN") ? " :p" + i : " :p" + i);
        }
        TypedQuery<Contact> query = em.createQuery(jpql.append(" ORDER BY c.sortName").toString(), Contact.class);
        for (int i = 0; i < clauses.size(); i++) {
            query.setParameter("p" + i, clauses.get(i).value());
        }
        return query.getResultList();
    }

    private static List<Clause> parse(String whereJson) {
        JsonArray where;
        try {
            where = JSON.createReader(new StringReader(whereJson)).readArray();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new InvalidInput("where", "a JSON array of [field, operator, value] clauses");
        }
        List<Clause> clauses = new ArrayList<>();
        for (JsonValue item : where) {
            if (!(item instanceof JsonArray clause) || clause.size() != 3 || !(clause.get(0) instanceof JsonString)
                    || !(clause.get(1) instanceof JsonString)) {
                throw new InvalidInput("where", item + " is not a [field, operator, value] clause");
            }
            String field = clause.getString(0);
            String operator = clause.getString(1).toUpperCase();
            if (!FIELDS.containsKey(field)) {
                throw new InvalidInput("where", "field '" + field + "' cannot be used in a smart group (one of " + FIELDS.keySet() + ")");
            }
            if (!OPERATORS.contains(operator)) {
                throw new InvalidInput("where", "operator '" + operator + "' is not one of " + OPERATORS);
            }
            clauses.add(new Clause(field, operator, value(field, operator, clause.get(2))));
        }
        return clauses;
    }

    private static Object value(String field, String operator, JsonValue json) {
        if (operator.equals("IN")) {
            if (!(json instanceof JsonArray array) || array.isEmpty()) {
                throw new InvalidInput("where", "IN on '" + field + "' needs a non-empty array");
            }
            return array.stream().map(v -> single(field, v)).toList();
        }
        return single(field, json);
    }

    private static Object single(String field, JsonValue json) {
        if (!(json instanceof JsonString text)) {
            throw new InvalidInput("where", "'" + field + "' is compared with text, not " + json);
        }
        if (field.equals("contact_type")) {
            try {
                return ContactType.valueOf(text.getString());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("where", "'" + text.getString() + "' is not a contact type");
            }
        }
        return text.getString();
    }

    private record Clause(String field, String operator, Object value) {
    }
}
