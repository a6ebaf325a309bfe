package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;


/**
 * Contacts through {@link ContactService}: names derive display and sort names, a new contact joins
 * its domain's group, delete moves to the trash unless {@code useTrash: false}, and setting
 * {@code is_deleted} trashes or restores.
 */
@ApplicationScoped
class ContactRecordWriter implements RecordWriter {

    /** The fields this writer applies through the service; the others are plain columns. */
    private static final java.util.Set<String> RULED = java.util.Set.of("contact_type", "first_name", "last_name",
            "organization_name", "household_name", "is_deleted", "employer_id");

    @Inject
    private ContactService contacts;

    @Inject
    private org.multisitecrm.catalog.EntityCatalog catalog;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        ContactType type = (ContactType) values.get("contact_type");
        if (type == null) {
            throw new InvalidInput("contact_type", "one of Individual, Organization, Household is required");
        }
        Contact contact = contacts.create(type, name(values, type, null));
        writeDetails(contact, values);
        if (Boolean.TRUE.equals(values.get("is_deleted"))) {
            contacts.delete(contact.getId(), true);
        }
        return contact.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        Contact contact = contacts.get(id);
        boolean renamed = values.values().keySet().stream().anyMatch(f -> f.name().endsWith("_name"));
        if (renamed) {
            contacts.rename(id, name(values, contact.getContactType(), contact));
        }
        writeDetails(contact, values);
        Object deleted = values.get("is_deleted");
        if (Boolean.TRUE.equals(deleted) && !contact.isDeleted()) {
            contacts.delete(id, true);
        } else if (Boolean.FALSE.equals(deleted) && contact.isDeleted()) {
            contacts.restore(id);
        }
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        JsonValue useTrash = params.get("useTrash");
        contacts.delete(id, useTrash == null || !(useTrash == JsonValue.FALSE || "0".equals(useTrash.toString())));
    }

    /** The plain columns as given, the employer through the service, then what derives from them. */
    private void writeDetails(Contact contact, RecordValues values) {
        RecordValues plain = values.without(RULED);
        if (!plain.isEmpty()) {
            catalog.applyFields(contact, plain);
            contacts.flush();
        }
        if (values.has("employer_id")) {
            contacts.setEmployer(contact.getId(), (Long) values.get("employer_id"));
        }
        contacts.restyle(contact);
    }

    private static ContactName name(RecordValues values, ContactType type, Contact current) {
        String first = text(values, "first_name", current == null ? null : current.getFirstName());
        String last = text(values, "last_name", current == null ? null : current.getLastName());
        String name = type == ContactType.Household
                ? text(values, "household_name", current == null ? null : current.getHouseholdName())
                : text(values, "organization_name", current == null ? null : current.getOrganizationName());
        return new ContactName(first, last, name);
    }

    private static String text(RecordValues values, String field, String fallback) {
        return values.has(field) ? (String) values.get(field) : fallback;
    }

}
