package org.multisitecrm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.security.Requirement;

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
    @Inject
    private UniqueExternalIdentifier uniqueExternalIdentifier;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Contact", Contact.class, "Individuals, organisations and households.")
                        .fields("id", "contact_type", "contact_sub_type", "first_name", "middle_name", "last_name", "prefix_id",
                                "suffix_id", "formal_title", "nick_name", "organization_name", "legal_name", "household_name",
                                "job_title", "employer_id", "gender_id", "birth_date", "is_deceased", "deceased_date",
                                "external_identifier", "legal_identifier", "source", "image_URL", "preferred_communication_method",
                                "preferred_language", "communication_style_id", "email_greeting_id", "email_greeting_custom",
                                "email_greeting_display", "postal_greeting_id", "postal_greeting_custom", "postal_greeting_display",
                                "addressee_id", "addressee_custom", "addressee_display", "do_not_email", "do_not_phone",
                                "do_not_mail", "do_not_sms", "do_not_trade", "is_opt_out", "display_name", "sort_name", "hash",
                                "is_deleted", "created_date", "modified_date")
                        .readOnly("display_name", "sort_name", "email_greeting_display", "postal_greeting_display",
                                "addressee_display", "hash", "created_date", "modified_date")
                        .foreignKey("employer_id", "Contact")
                        .secret(Requirement.ADMINISTER_CIVICRM, "hash")
                        .optionsFrom("prefix_id", "individual_prefix").optionsFrom("suffix_id", "individual_suffix")
                        .optionsFrom("gender_id", "gender").optionsFrom("communication_style_id", "communication_style")
                        .optionsFrom("preferred_communication_method", "preferred_communication_method")
                        .optionsFrom("preferred_language", "languages").optionsFrom("email_greeting_id", "email_greeting")
                        .optionsFrom("postal_greeting_id", "postal_greeting").optionsFrom("addressee_id", "addressee")
                        .serialized("contact_sub_type", "preferred_communication_method")
                        .filterByDefault("is_deleted", Boolean.FALSE)
                        .searchedBy("sort_name", "display_name")
                        .checkedBy(uniqueExternalIdentifier)
                        .writtenBy(contactWriter),
                entity("ContactType", ContactKind.class, "Contact types and their subtypes (Student, Staff, Sponsor...).")
                        .fields("id", "name", "label", "description", "image_URL", "icon", "parent_id", "is_active", "is_reserved")
                        .foreignKey("parent_id", "ContactType")
                        .readOnly("is_reserved")
                        .offeredAsOptions()
                        .administeredAsConfiguration(),
                entity("Email", Email.class, "Email addresses of contacts.")
                        .fields("id", "contact_id", "location_type_id", "email", "is_primary", "on_hold")
                        .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType")
                        .checkedBy(uniqueEmail)
                        .writtenDirectly(),
                entity("Phone", Phone.class, "Phone numbers of contacts.")
                        .fields("id", "contact_id", "location_type_id", "phone", "phone_type_id", "is_primary")
                        .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType")
                        .optionsFrom("phone_type_id", "phone_type")
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
