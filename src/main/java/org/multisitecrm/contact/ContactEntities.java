package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * Contacts and what hangs off them. A contact's names are derived by {@link ContactService}; its emails,
 * phones and addresses are written directly, the contact edit guard checking each against its contact.
 */
@ApplicationScoped
public class ContactEntities implements EntityContributor {

    @Inject
    private ContactRecordWriter contactWriter;
    @Inject
    private UniqueEmailPerDomain uniqueEmail;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Contact", Contact.class, "Individuals, organisations and households.")
                        .fields("id", "contact_type", "first_name", "last_name", "organization_name", "household_name",
                                "display_name", "sort_name", "is_deleted", "created_date", "modified_date")
                        .readOnly("display_name", "sort_name", "created_date", "modified_date")
                        .filterByDefault("is_deleted", Boolean.FALSE)
                        .searchedBy("sort_name", "display_name")
                        .writtenBy(contactWriter),
                entity("Email", Email.class, "Email addresses of contacts.")
                        .fields("id", "contact_id", "location_type_id", "email", "is_primary", "on_hold")
                        .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType")
                        .checkedBy(uniqueEmail)
                        .writtenDirectly(),
                entity("Phone", Phone.class, "Phone numbers of contacts.")
                        .fields("id", "contact_id", "location_type_id", "phone", "phone_type_id", "is_primary")
                        .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType")
                        .writtenDirectly(),
                entity("Address", Address.class, "Postal addresses of contacts.")
                        .fields("id", "contact_id", "location_type_id", "street_address", "supplemental_address_1", "city",
                                "postal_code", "is_primary")
                        .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType")
                        .writtenDirectly(),
                entity("LocationType", LocationType.class, "Kinds of location of emails, phones and addresses (Home, Work...).")
                        .fields("id", "name", "display_name", "is_default", "is_active")
                        .offeredAsOptions());
    }
}
