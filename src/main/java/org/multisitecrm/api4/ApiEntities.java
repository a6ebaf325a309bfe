package org.multisitecrm.api4;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.multisitecrm.acl.Acl;
import org.multisitecrm.acl.AclEntityRole;
import org.multisitecrm.contact.Address;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.Email;
import org.multisitecrm.contact.LocationType;
import org.multisitecrm.contact.Phone;
import org.multisitecrm.group.ContactGroup;
import org.multisitecrm.group.GroupContact;
import org.multisitecrm.group.GroupNesting;
import org.multisitecrm.group.GroupOrganization;
import org.multisitecrm.group.SavedSearch;
import org.multisitecrm.membership.MembershipType;
import org.multisitecrm.navigation.Navigation;
import org.multisitecrm.option.OptionGroup;
import org.multisitecrm.option.OptionValue;
import org.multisitecrm.payment.PaymentProcessor;
import org.multisitecrm.relationship.Relationship;
import org.multisitecrm.relationship.RelationshipType;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.security.UFMatch;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.tenancy.separation.SeparationMode;
import org.multisitecrm.tenancy.separation.SeparationRule;
import org.multisitecrm.tenancy.separation.SeparationTable;
import org.multisitecrm.tenancy.Site;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The explicit allowlist: which entities the API exposes, and of each, which columns. Nothing else is
 * reachable: not password or key hashes, not the visibility tables, not bookkeeping. The field types,
 * attributes and foreign keys are read from the JPA mapping, so a field is declared once (on the entity).
 */
@ApplicationScoped
public class ApiEntities {

    @Inject
    private JpaRecordWriter generic;
    @Inject
    private ContactRecordWriter contactWriter;
    @Inject
    private GroupContactRecordWriter groupContactWriter;
    @Inject
    private GroupRecordWriter groupWriter;
    @Inject
    private GroupNestingRecordWriter nestingWriter;
    @Inject
    private GroupOrganizationRecordWriter groupOrganizationWriter;
    @Inject
    private SavedSearchRecordWriter savedSearchWriter;
    @Inject
    private RelationshipRecordWriter relationshipWriter;
    @Inject
    private AclRecordWriter aclWriter;
    @Inject
    private AclEntityRoleRecordWriter aclRoleWriter;
    @Inject
    private UFMatchRecordWriter ufMatchWriter;
    @Inject
    private DomainRecordWriter domainWriter;
    @Inject
    private SiteRecordWriter siteWriter;

    /** CiviCRM's {@code label_field}: the first of these an entity has names its records in autocompletes. */
    private static final List<String> LABEL_FIELDS = List.of("display_name", "title", "label", "label_a_b", "name",
            "hostname", "email", "phone", "street_address");

    private static final String DOMAIN_COLUMN = "domain_id";

    private final Map<String, ApiEntity> entities = new TreeMap<>();
    private final SeparationTable separationTable = SeparationTable.load();

    @PostConstruct
    void register() {
        add(entity("Contact", Contact.class, "Individuals, organisations and households.")
                .fields("id", "contact_type", "first_name", "last_name", "organization_name", "household_name",
                        "display_name", "sort_name", "is_deleted", "created_date", "modified_date")
                .readOnly("display_name", "sort_name", "created_date", "modified_date")
                .filterByDefault("is_deleted", Boolean.FALSE)
                .searchedBy("sort_name", "display_name")
                .writtenBy(contactWriter, null));
        add(entity("Email", Email.class, "Email addresses of contacts.")
                .fields("id", "contact_id", "location_type_id", "email", "is_primary", "on_hold")
                .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType").writtenBy(generic, null));
        add(entity("Phone", Phone.class, "Phone numbers of contacts.")
                .fields("id", "contact_id", "location_type_id", "phone", "phone_type_id", "is_primary")
                .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType").writtenBy(generic, null));
        add(entity("Address", Address.class, "Postal addresses of contacts.")
                .fields("id", "contact_id", "location_type_id", "street_address", "supplemental_address_1", "city",
                        "postal_code", "is_primary")
                .foreignKey("contact_id", "Contact").foreignKey("location_type_id", "LocationType").writtenBy(generic, null));
        add(entity("LocationType", LocationType.class, "Kinds of location of emails, phones and addresses (Home, Work...).")
                .fields("id", "name", "display_name", "is_default", "is_active"));
        add(entity("Group", ContactGroup.class, "Groups of contacts, regular and smart.")
                .fields("id", "name", "title", "description", "saved_search_id", "is_active", "visibility", "is_hidden",
                        "is_reserved", "created_id")
                .readOnly("is_reserved", "created_id")
                .foreignKey("saved_search_id", "SavedSearch").foreignKey("created_id", "Contact")
                .writtenBy(groupWriter, null));
        add(entity("GroupContact", GroupContact.class, "Membership of contacts in groups: Added, Removed or Pending.")
                .fields("id", "group_id", "contact_id", "status")
                .foreignKey("group_id", "Group").foreignKey("contact_id", "Contact")
                .writtenBy(groupContactWriter, null));
        add(entity("GroupNesting", GroupNesting.class, "Which groups are children of which.")
                .fields("id", "child_group_id", "parent_group_id")
                .foreignKey("child_group_id", "Group").foreignKey("parent_group_id", "Group")
                .writtenBy(nestingWriter, null));
        add(entity("GroupOrganization", GroupOrganization.class, "Groups linked to an organisation.")
                .fields("id", "group_id", "organization_id")
                .foreignKey("group_id", "Group").foreignKey("organization_id", "Contact")
                .writtenBy(groupOrganizationWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS));
        add(entity("SavedSearch", SavedSearch.class, "Criteria of smart groups.")
                .fields("id", "name", "label", "api_entity", "api_params", "modified_date")
                .readOnly("modified_date")
                .serialized("api_params")
                .writtenBy(savedSearchWriter, null));
        add(entity("Relationship", Relationship.class, "Relationships between contacts, with their permissions.")
                .fields("id", "contact_id_a", "contact_id_b", "relationship_type_id", "start_date", "end_date",
                        "is_active", "description", "is_permission_a_b", "is_permission_b_a")
                .foreignKey("contact_id_a", "Contact").foreignKey("contact_id_b", "Contact")
                .foreignKey("relationship_type_id", "RelationshipType")
                .writtenBy(relationshipWriter, null));
        add(entity("RelationshipType", RelationshipType.class, "Kinds of relationship.")
                .fields("id", "name_a_b", "label_a_b", "name_b_a", "label_b_a", "description", "contact_type_a",
                        "contact_type_b", "is_reserved", "is_active")
                .readOnly("is_reserved")
                .writtenBy(generic, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS));
        add(entity("ACL", Acl.class, "Access granted to ACL roles over groups.")
                .fields("id", "name", "deny", "entity_table", "entity_id", "operation", "object_table", "object_id",
                        "is_active", "priority")
                .foreignKey("object_id", "Group")
                .writtenBy(aclWriter, Requirement.ADMINISTER_CIVICRM));
        add(entity("ACLEntityRole", AclEntityRole.class, "Which groups hold which ACL roles.")
                .fields("id", "acl_role_id", "entity_table", "entity_id", "is_active")
                .foreignKey("entity_id", "Group")
                .writtenBy(aclRoleWriter, Requirement.ADMINISTER_CIVICRM));
        add(entity("UFMatch", UFMatch.class, "Which login is which contact, per domain.")
                .fields("id", "uf_id", "uf_name", "contact_id", "language")
                .readOnly("uf_name", "language")
                .foreignKey("contact_id", "Contact")
                .writtenBy(ufMatchWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS));
        add(entity("Domain", Domain.class, "The organisations sharing this instance.")
                .fields("id", "name", "description", "version", "contact_id", "locales", "parent_id")
                .readOnly("version", "contact_id", "locales")
                .writtenBy(domainWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS));
        add(entity("Site", Site.class, "The hostnames and ports a domain is served at (Wagtail's Site).")
                .fields("id", "domain_id", "hostname", "port", "is_default")
                .writtenBy(siteWriter, Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS));
        add(entity("MembershipType", MembershipType.class, "Kinds of membership a domain offers.")
                .fields("id", "name", "description", "member_of_contact_id", "minimum_fee",
                        "duration_unit", "duration_interval", "period_type", "is_active")
                .writtenBy(generic, Requirement.ADMINISTER_CIVICRM));
        add(entity("PaymentProcessor", PaymentProcessor.class, "A domain's payment processors.")
                .fields("id", "name", "title", "description", "payment_processor_type_id", "is_active",
                        "is_default", "is_test", "user_name", "url_site")
                .writtenBy(generic, Requirement.ADMINISTER_CIVICRM));
        add(entity("Navigation", Navigation.class, "A domain's menu entries.")
                .fields("id", "label", "name", "url", "icon", "permission", "parent_id", "is_active", "weight")
                .writtenBy(generic, Requirement.ADMINISTER_CIVICRM));
        add(entity("OptionGroup", OptionGroup.class, "Lists of options; shared or of one domain.")
                .fields("id", "name", "title", "description", "is_reserved", "is_active")
                .writtenBy(generic, Requirement.ADMINISTER_CIVICRM));
        add(entity("OptionValue", OptionValue.class, "The options of an option group.")
                .fields("id", "option_group_id", "label", "value", "name", "weight", "is_default", "is_active")
                .writtenBy(generic, Requirement.ADMINISTER_CIVICRM));
    }

    public ApiEntity require(String name) {
        return find(name).orElseThrow(() -> new NotFound("API entity '" + name + "' does not exist"));
    }

    public Optional<ApiEntity> find(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    public Collection<ApiEntity> all() {
        return entities.values();
    }

    /** The exposed entity a JPA class is exposed as, for implicit joins over associations. */
    Optional<ApiEntity> byJpaClass(Class<?> type) {
        return entities.values().stream().filter(e -> e.jpaClass() == type).findFirst();
    }

    private void add(Definition definition) {
        ApiEntity entity = definition.build();
        if (entities.put(entity.name(), entity) != null) {
            throw new IllegalStateException("API entity " + entity.name() + " registered twice");
        }
    }

    private Definition entity(String name, Class<?> type, String description) {
        SeparationMode mode = separationTable.ruleFor(type.getSimpleName()).map(SeparationRule::mode)
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " is not in the separation table"));
        return new Definition(name, type, description, mode);
    }

    /** One registration; the columns are looked up on the JPA class, so a typo fails the deployment. */
    private static final class Definition {
        private final String name;
        private final Class<?> type;
        private final String description;
        private final SeparationMode separation;
        private String[] columns = {};
        private Set<String> readOnly = Set.of();
        private Set<String> serialized = Set.of();
        private final Map<String, String> foreignKeys = new LinkedHashMap<>();
        private RecordWriter writer;
        private Requirement writeRequirement;
        private String filterField;
        private Object filterValue;
        private List<String> searchFields = List.of();

        private Definition(String name, Class<?> type, String description, SeparationMode separation) {
            this.name = name;
            this.type = type;
            this.description = description;
            this.separation = separation;
        }

        Definition fields(String... columns) {
            this.columns = columns;
            return this;
        }

        Definition readOnly(String... columns) {
            this.readOnly = Set.of(columns);
            return this;
        }

        /** Columns holding JSON as text, sent and answered as JSON. */
        Definition serialized(String... columns) {
            this.serialized = Set.of(columns);
            return this;
        }

        Definition foreignKey(String column, String entity) {
            foreignKeys.put(column, entity);
            return this;
        }

        Definition filterByDefault(String column, Object value) {
            this.filterField = column;
            this.filterValue = value;
            return this;
        }

        /** Fields an autocomplete matches its input against, when not just the label. */
        Definition searchedBy(String... columns) {
            this.searchFields = List.of(columns);
            return this;
        }

        Definition writtenBy(RecordWriter writer, Requirement requirement) {
            this.writer = writer;
            this.writeRequirement = requirement;
            return this;
        }

        ApiEntity build() {
            Map<String, ApiField> fields = new LinkedHashMap<>();
            for (String column : columns) {
                if (column.equals(DOMAIN_COLUMN) && SeparableEntity.class.isAssignableFrom(type)) {
                    throw new IllegalStateException(name + " lists " + DOMAIN_COLUMN + ": the separation table decides whether it has one");
                }
                Field field = attributeFor(type, column);
                boolean association = field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class);
                Column mapped = field.getAnnotation(Column.class);
                JoinColumn joined = field.getAnnotation(JoinColumn.class);
                boolean nullable = association ? joined == null || joined.nullable() : mapped == null || mapped.nullable();
                boolean generated = column.equals("id");
                boolean required = !nullable && !field.getType().isPrimitive() && !generated && !readOnly.contains(column)
                        && !hasInitialValue(type, field);
                String fkEntity = foreignKeys.getOrDefault(column,
                        association ? field.getType().getSimpleName().replace("ContactGroup", "Group") : null);
                fields.put(column, new ApiField(column, field.getName(), field.getType(), association, fkEntity, required,
                        nullable && !field.getType().isPrimitive(),
                        generated || readOnly.contains(column),
                        association ? joined == null || joined.updatable() : mapped == null || mapped.updatable(),
                        serialized.contains(column)));
            }
            if (separation.isScoped()) {
                fields = withDomainColumn(fields, separation);
            }
            ApiField filter = filterField == null ? null : fields.get(filterField);
            String label = LABEL_FIELDS.stream().filter(fields::containsKey).findFirst().orElse(null);
            List<String> searched = searchFields.isEmpty() && label != null ? List.of(label) : searchFields;
            return new ApiEntity(name, description, type, fields, writeRequirement, writer, filter, filterValue, label, searched);
        }
    }

    /**
     * A {@code domain} or {@code optional} entity exposes its owner right after {@code id}, read-only (a
     * new row takes the request's domain), whichever entity the separation table scopes.
     */
    private static Map<String, ApiField> withDomainColumn(Map<String, ApiField> fields, SeparationMode mode) {
        Map<String, ApiField> withDomain = new LinkedHashMap<>();
        fields.forEach((column, field) -> {
            withDomain.put(column, field);
            if (column.equals("id")) {
                withDomain.put(DOMAIN_COLUMN, new ApiField(DOMAIN_COLUMN, SeparableEntity.DOMAIN_ATTRIBUTE, Long.class,
                        false, "Domain", false, mode == SeparationMode.OPTIONAL, true, false, false));
            }
        });
        return withDomain;
    }

    private static Field attributeFor(Class<?> type, String column) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                Column mapped = field.getAnnotation(Column.class);
                JoinColumn joined = field.getAnnotation(JoinColumn.class);
                String name = mapped != null && !mapped.name().isEmpty() ? mapped.name()
                        : joined != null ? joined.name() : field.getName();
                if (name.equals(column)) {
                    return field;
                }
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no column " + column);
    }

    /** A field the entity initialises (is_active = true, visibility = ...) has a default, so a create need not send it. */
    private static boolean hasInitialValue(Class<?> type, Field field) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object fresh = constructor.newInstance();
            field.setAccessible(true);
            return field.get(fresh) != null;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
