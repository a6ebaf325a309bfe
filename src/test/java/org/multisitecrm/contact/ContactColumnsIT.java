package org.multisitecrm.contact;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.multisitecrm.testing.Api4Client;
import org.multisitecrm.testing.DemoServer;
import org.multisitecrm.testing.ServerProcess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.multisitecrm.testing.Api4Client.message;
import static org.multisitecrm.testing.Api4Client.refused;

/**
 * CiviCRM's contact columns over APIv4, as its documentation describes them: individuals,
 * organisations and households created, read, updated and deleted with their options by name; the
 * display name and greetings derived; the current employer kept in step with the "Employee of"
 * relationship; the external identifier unique among the contacts a domain sees, without telling one
 * domain about another's.
 */
class ContactColumnsIT {

    private static final String NORTH = "north.localhost";
    private static final String NORTH_KEY = "north-demo-key";
    private static final String SOUTH = "south.localhost";
    private static final String SOUTH_KEY = "south-demo-key";

    private final ServerProcess server = DemoServer.get();
    private final Api4Client api = new Api4Client(server);

    private JsonObject create(String host, String key, String values) {
        return api.ok(host, key, "Contact", "create", "{\"values\":" + values + "}").getJsonArray("values").getJsonObject(0);
    }

    private JsonObject get(long id, String select) {
        return api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"select\":" + select + ",\"where\":[[\"id\",\"=\"," + id + "]]}")
                .getJsonArray("values").getJsonObject(0);
    }

    private void trash(String host, String key, long id) {
        api.ok(host, key, "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + id + "]]}");
    }

    @Test
    void anIndividualKeepsCiviCrmsColumnsAndDerivesItsNamesAndGreetings() {
        JsonObject ada = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Individual\",\"first_name\":\"Ada\",\"middle_name\":\"B.\","
                + "\"last_name\":\"Lovelace\",\"prefix_id:name\":\"Dr.\",\"suffix_id:label\":\"Jr.\",\"gender_id:name\":\"Female\","
                + "\"birth_date\":\"1815-12-10\",\"source\":\"Columns test\",\"job_title\":\"Analyst\",\"nick_name\":\"Countess\","
                + "\"preferred_communication_method:name\":[\"Email\",\"SMS\"],\"preferred_language\":\"en_GB\",\"do_not_phone\":true,"
                + "\"contact_sub_type\":[\"Student\"],\"external_identifier\":\"COL-ADA\"}");
        long id = ada.getJsonNumber("id").longValue();
        try {
            assertEquals("Dr. Ada Lovelace Jr.", ada.getString("display_name"), "CiviCRM's display name carries prefix and suffix");
            assertEquals("Lovelace, Ada", ada.getString("sort_name"));
            assertEquals("Dear Ada", ada.getString("email_greeting_display"));
            assertEquals("Dr. Ada B. Lovelace Jr.", ada.getString("addressee_display"));
            assertEquals(32, ada.getString("hash").length());
            assertEquals("1815-12-10", ada.getString("birth_date"));
            assertTrue(ada.getBoolean("do_not_phone"));
            assertFalse(ada.getBoolean("do_not_email"));
            assertEquals("[\"Student\"]", ada.getJsonArray("contact_sub_type").toString());

            JsonObject read = get(id, "[\"gender_id:label\",\"prefix_id:label\",\"preferred_communication_method:label\","
                    + "\"preferred_language:label\",\"email_greeting_id:name\",\"contact_type:label\"]");
            assertEquals("Female", read.getString("gender_id:label"));
            assertEquals("Dr.", read.getString("prefix_id:label"));
            assertEquals("[\"Email\",\"SMS\"]", read.getJsonArray("preferred_communication_method:label").toString());
            assertEquals("English (United Kingdom)", read.getString("preferred_language:label"));
            assertEquals("Dear {contact.first_name}", read.getString("email_greeting_id:name"));

            api.ok(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],\"values\":{\"prefix_id\":null,"
                    + "\"email_greeting_id:name\":\"Customized\",\"email_greeting_custom\":\"Hello {contact.nick_name}\",\"is_deceased\":true,"
                    + "\"deceased_date\":\"1852-11-27\"}}");
            JsonObject updated = get(id, "[\"display_name\",\"email_greeting_display\",\"is_deceased\",\"job_title\"]");
            assertEquals("Ada Lovelace Jr.", updated.getString("display_name"));
            assertEquals("Hello Countess", updated.getString("email_greeting_display"));
            assertTrue(updated.getBoolean("is_deceased"));
            assertEquals("Analyst", updated.getString("job_title"), "an update keeps what it does not send");

            HttpResponse<String> noText = api.call(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],"
                    + "\"values\":{\"postal_greeting_id:name\":\"Customized\"}}");
            assertEquals(400, refused(noText));
            assertEquals("postal_greeting_custom: is required when postal_greeting_id is Customized", message(noText));
            HttpResponse<String> wrongSubtype = api.call(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],"
                    + "\"values\":{\"contact_sub_type\":[\"Sponsor\"]}}");
            assertEquals(400, refused(wrongSubtype));
            assertTrue(message(wrongSubtype).startsWith("contact_sub_type: 'Sponsor' is not a subtype of Individual"), message(wrongSubtype));
            HttpResponse<String> wrongGender = api.call(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + id + "]],"
                    + "\"values\":{\"gender_id\":9}}");
            assertEquals(400, refused(wrongGender));
            assertTrue(message(wrongGender).startsWith("gender_id: '9' is not one of the gender options"), message(wrongGender));
            assertEquals("Dr. Ada Lovelace Jr.".length() - 4, get(id, "[\"display_name\"]").getString("display_name").length(),
                    "a refused update changes nothing");
        } finally {
            trash(NORTH, NORTH_KEY, id);
        }
    }

    @Test
    void organisationsAndHouseholdsLiveThroughTheirLifecycle() {
        long org = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Organization\",\"organization_name\":\"Columns Ltd\","
                + "\"legal_name\":\"Columns Limited\",\"contact_sub_type\":[\"Sponsor\"]}").getJsonNumber("id").longValue();
        long home = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Household\",\"household_name\":\"The Columns\"}")
                .getJsonNumber("id").longValue();
        try {
            JsonObject organisation = get(org, "[\"display_name\",\"legal_name\",\"addressee_display\",\"email_greeting_display\"]");
            assertEquals("Columns Ltd", organisation.getString("display_name"));
            assertEquals("Columns Limited", organisation.getString("legal_name"));
            assertEquals("Columns Ltd", organisation.getString("addressee_display"));
            assertTrue(organisation.isNull("email_greeting_display"), "CiviCRM greets no organisation by default");
            assertEquals("Dear The Columns", get(home, "[\"email_greeting_display\"]").getString("email_greeting_display"));

            api.ok(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + home + "]],\"values\":{\"household_name\":\"The Pillars\"}}");
            assertEquals("Dear The Pillars", get(home, "[\"email_greeting_display\"]").getString("email_greeting_display"),
                    "a greeting follows the name");
            api.ok(NORTH, NORTH_KEY, "Contact", "delete", "{\"where\":[[\"id\",\"=\"," + home + "]]}");
            assertEquals(0, api.ok(NORTH, NORTH_KEY, "Contact", "get", "{\"where\":[[\"id\",\"=\"," + home + "]]}").getInt("count"),
                    "a deleted contact is in the trash, out of every list");
        } finally {
            trash(NORTH, NORTH_KEY, org);
            trash(NORTH, NORTH_KEY, home);
        }
    }

    @Test
    void theEmployerAndTheEmployeeOfRelationshipMoveTogether() {
        long acme = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Organization\",\"organization_name\":\"Employer One\"}").getJsonNumber("id").longValue();
        long other = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Organization\",\"organization_name\":\"Employer Two\"}").getJsonNumber("id").longValue();
        long worker = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Individual\",\"first_name\":\"Wanda\",\"last_name\":\"Worker\","
                + "\"employer_id\":" + acme + "}").getJsonNumber("id").longValue();
        try {
            assertEquals(List.of(acme), activeEmployers(worker), "setting the employer starts the relationship");
            api.ok(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + worker + "]],\"values\":{\"employer_id\":" + other + "}}");
            assertEquals(List.of(other), activeEmployers(worker), "a new employer ends the former one's relationship");
            assertEquals(other, get(worker, "[\"employer_id\"]").getJsonNumber("employer_id").longValue());

            long relationship = api.firstId(NORTH, NORTH_KEY, "Relationship", "get", "{\"where\":[[\"contact_id_a\",\"=\"," + worker
                    + "],[\"contact_id_b\",\"=\"," + other + "],[\"is_active\",\"=\",true]]}");
            api.ok(NORTH, NORTH_KEY, "Relationship", "delete", "{\"where\":[[\"id\",\"=\"," + relationship + "]]}");
            assertTrue(get(worker, "[\"employer_id\"]").isNull("employer_id"), "deleting the relationship clears the employer");

            api.ok(NORTH, NORTH_KEY, "Relationship", "create", "{\"values\":{\"contact_id_a\":" + worker + ",\"contact_id_b\":" + acme
                    + ",\"relationship_type_id\":" + employeeOf() + "}}");
            assertEquals(acme, get(worker, "[\"employer_id\"]").getJsonNumber("employer_id").longValue(),
                    "an Employee of relationship sets the employer");
            api.ok(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + worker + "]],\"values\":{\"employer_id\":null}}");
            assertEquals(List.of(), activeEmployers(worker), "clearing the employer ends the relationship");

            HttpResponse<String> aHousehold = api.call(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + worker
                    + "]],\"values\":{\"employer_id\":" + worker + "}}");
            assertEquals(400, refused(aHousehold));
            assertEquals("employer_id: an employer is an Organization, not an Individual", message(aHousehold));
            long sara = api.firstId(SOUTH, SOUTH_KEY, "Contact", "get", "{\"where\":[[\"last_name\",\"=\",\"Southey\"]]}");
            HttpResponse<String> unseen = api.call(NORTH, NORTH_KEY, "Contact", "update", "{\"where\":[[\"id\",\"=\"," + worker
                    + "]],\"values\":{\"employer_id\":" + sara + "}}");
            assertEquals(400, refused(unseen));
            assertEquals("employer_id: no Contact has id " + sara, message(unseen), "another domain's contact is not there");
        } finally {
            trash(NORTH, NORTH_KEY, worker);
            trash(NORTH, NORTH_KEY, acme);
            trash(NORTH, NORTH_KEY, other);
        }
    }

    private long employeeOf() {
        return api.firstId(NORTH, NORTH_KEY, "RelationshipType", "get", "{\"where\":[[\"name_a_b\",\"=\",\"Employee of\"]]}");
    }

    private List<Long> activeEmployers(long worker) {
        return api.ok(NORTH, NORTH_KEY, "Relationship", "get", "{\"select\":[\"contact_id_b\"],\"where\":[[\"contact_id_a\",\"=\"," + worker
                        + "],[\"relationship_type_id\",\"=\"," + employeeOf() + "],[\"is_active\",\"=\",true]]}")
                .getJsonArray("values").stream().map(v -> v.asJsonObject().getJsonNumber("contact_id_b").longValue()).toList();
    }

    @Test
    void anExternalIdentifierIsUniqueAmongWhatADomainSeesAndTellsNothingOfOthers() {
        long north = create(NORTH, NORTH_KEY, "{\"contact_type\":\"Individual\",\"first_name\":\"Xena\",\"last_name\":\"North\","
                + "\"external_identifier\":\"COL-X1\"}").getJsonNumber("id").longValue();
        long south = 0;
        try {
            HttpResponse<String> twice = api.call(NORTH, NORTH_KEY, "Contact", "create", "{\"values\":{\"contact_type\":\"Individual\","
                    + "\"first_name\":\"Xavier\",\"external_identifier\":\"COL-X1\"}}");
            assertEquals(400, refused(twice));
            assertEquals("external_identifier: 'COL-X1' is already the external identifier of another contact", message(twice));

            south = create(SOUTH, SOUTH_KEY, "{\"contact_type\":\"Individual\",\"first_name\":\"Xena\",\"last_name\":\"South\","
                    + "\"external_identifier\":\"COL-X1\"}").getJsonNumber("id").longValue();
            assertTrue(south > 0, "South cannot learn that a contact it does not see holds the identifier");

            List<JsonObject> saved = api.ok(NORTH, NORTH_KEY, "Contact", "save", "{\"match\":[\"external_identifier\"],\"records\":["
                    + "{\"contact_type\":\"Individual\",\"external_identifier\":\"COL-X1\",\"first_name\":\"Xena\",\"last_name\":\"Northby\"},"
                    + "{\"contact_type\":\"Individual\",\"external_identifier\":\"COL-X2\",\"first_name\":\"Yuri\",\"last_name\":\"North\"}]}")
                    .getJsonArray("values").getValuesAs(JsonObject.class);
            assertEquals(north, saved.get(0).getJsonNumber("id").longValue(), "save matched North's own contact by its identifier");
            assertEquals("Xena Northby", saved.get(0).getString("display_name"));
            trash(NORTH, NORTH_KEY, saved.get(1).getJsonNumber("id").longValue());
            assertEquals(Set.of("Xena South"), Api4Client.column(api.ok(SOUTH, SOUTH_KEY, "Contact", "get",
                    "{\"where\":[[\"external_identifier\",\"=\",\"COL-X1\"]]}"), "display_name"));
        } finally {
            trash(NORTH, NORTH_KEY, north);
            if (south > 0) {
                trash(SOUTH, SOUTH_KEY, south);
            }
        }
    }

    @Test
    void contactTypesListTheSubtypesUnderTheirParents() {
        JsonObject student = api.ok(NORTH, NORTH_KEY, "ContactType", "get", "{\"select\":[\"name\",\"label\",\"parent_id:name\"],"
                + "\"where\":[[\"name\",\"=\",\"Student\"]]}").getJsonArray("values").getJsonObject(0);
        assertEquals("Individual", student.getString("parent_id:name"));
        assertEquals(403, refused(api.call(NORTH, NORTH_KEY, "ContactType", "create", "{\"values\":{\"name\":\"Volunteer\",\"parent_id\":1}}")),
                "contact types are every domain's: head office makes them");
    }
}
