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

    @Inject
    private ContactService contacts;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        ContactType type = (ContactType) values.get("contact_type");
        if (type == null) {
            throw new InvalidInput("contact_type", "one of Individual, Organization, Household is required");
        }
        Contact contact = contacts.create(type, name(values, type, null));
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
