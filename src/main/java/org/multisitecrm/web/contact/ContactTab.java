package org.multisitecrm.web.contact;

import jakarta.json.JsonArray;
import org.multisitecrm.web.record.RecordColumn;

import java.util.List;
import java.util.function.LongFunction;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * A tab of the contact summary: which entity's records, how they hang off the contact, what is shown,
 * and the page that opens one of them, where there is one.
 */
record ContactTab(String key, String title, String entity, LongFunction<JsonArray> where, String orderBy, List<RecordColumn> columns,
                  String rowPage) {

    ContactTab(String key, String title, String entity, LongFunction<JsonArray> where, String orderBy, List<RecordColumn> columns) {
        this(key, title, entity, where, orderBy, columns, null);
    }

    static final List<ContactTab> ALL = List.of(
            new ContactTab("emails", "Emails", "Email", by("contact_id"), "is_primary",
                    List.of(col("email", "Email"), col("location_type_id.display_name", "Location"), col("is_primary", "Primary"),
                            col("on_hold", "On hold"))),
            new ContactTab("phones", "Phones", "Phone", by("contact_id"), "is_primary",
                    List.of(col("phone", "Phone"), col("location_type_id.display_name", "Location"), col("is_primary", "Primary"))),
            new ContactTab("addresses", "Addresses", "Address", by("contact_id"), "is_primary",
                    List.of(col("street_address", "Street"), col("city", "City"), col("postal_code", "Postal code"),
                            col("location_type_id.display_name", "Location"))),
            new ContactTab("groups", "Groups", "GroupContact", by("contact_id"), null,
                    List.of(col("group_id.title", "Group"), col("status", "Status"))),
            new ContactTab("relationships", "Relationships", "Relationship",
                    id -> JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("OR").add(JSON.createArrayBuilder()
                            .add(JSON.createArrayBuilder().add("contact_id_a").add("=").add(id))
                            .add(JSON.createArrayBuilder().add("contact_id_b").add("=").add(id)))).build(), null,
                    List.of(col("contact_id_a.display_name", "Contact A"), col("relationship_type_id.label_a_b", "Relationship"),
                            col("contact_id_b.display_name", "Contact B"), col("start_date", "Since"), col("is_active", "Active"))),
            new ContactTab("memberships", "Memberships", "Membership", by("contact_id"), "start_date",
                    List.of(col("membership_type_id.name", "Type"), col("status_id.label", "Status"), col("start_date", "Start"),
                            col("end_date", "End")), "/membership/view"),
            new ContactTab("contributions", "Contributions", "Contribution", by("contact_id"), "receive_date",
                    List.of(col("receive_date", "Received"), col("total_amount", "Amount"), col("currency", "Currency"),
                            col("financial_type_id.name", "Financial type"), col("contribution_status_id", "Status")),
                    "/contribution/view"),
            new ContactTab("notes", "Notes", "Note", by("entity_id"), "note_date",
                    List.of(col("subject", "Subject"), col("note", "Note"), col("note_date", "Date"))),
            new ContactTab("tags", "Tags", "EntityTag", by("entity_id"), null,
                    List.of(col("tag_id.label", "Tag"))));

    List<String> select() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("id"), columns.stream().map(RecordColumn::field)).toList();
    }

    private static LongFunction<JsonArray> by(String field) {
        return id -> JSON.createArrayBuilder().add(JSON.createArrayBuilder().add(field).add("=").add(id)).build();
    }

    private static RecordColumn col(String field, String header) {
        return new RecordColumn(field, header);
    }
}
