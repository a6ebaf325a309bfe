package org.multisitecrm.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.security.Requirement;
import org.multisitecrm.tenancy.separation.SeparationMode;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a capability declares one entity to the catalogue: its CiviCRM name, the columns it exposes, and
 * how it is written. The columns are looked up on the JPA class, so a typo fails the deployment, and
 * each field's type, nullability and foreign key are read from the mapping: a field is declared once.
 * Whether the entity carries {@code domain_id} is not declared here: the separation table decides.
 */
public final class EntityDefinition {

    static final String DOMAIN_COLUMN = "domain_id";

    /** CiviCRM's {@code label_field}: the first of these an entity has names its records in autocompletes. */
    private static final List<String> LABEL_FIELDS = List.of("display_name", "title", "label", "label_a_b", "name",
            "hostname", "email", "phone", "street_address");

    /** Who writes the entity: a capability's writer, the catalogue's own field-by-field writer, or nobody. */
    enum Writing { READ_ONLY, BY_WRITER, DIRECTLY, AS_CONFIGURATION }

    private final String name;
    private final Class<?> type;
    private final String description;
    private String[] columns = {};
    private Set<String> readOnly = Set.of();
    private Set<String> serialized = Set.of();
    private Set<String> computed = Set.of();
    private final Map<String, String> foreignKeys = new LinkedHashMap<>();
    private final Map<String, String> optionLists = new LinkedHashMap<>();
    private final Map<String, CatalogField> writtenWith = new LinkedHashMap<>();
    private final Map<String, CatalogField.ListedFrom> lists = new LinkedHashMap<>();
    private final Map<String, Requirement> secrets = new LinkedHashMap<>();
    private final Map<String, EntityAction.Declared> actions = new LinkedHashMap<>();
    private final List<RecordCheck> checks = new java.util.ArrayList<>();
    private final Map<String, EntityOperation.Declared> operations = new LinkedHashMap<>();
    private boolean alias;
    private boolean offersOptions;
    private Writing writing = Writing.READ_ONLY;
    private RecordWriter writer;
    private Requirement writeRequirement;
    private String filterField;
    private Object filterValue;
    private List<String> searchFields = List.of();

    private EntityDefinition(String name, Class<?> type, String description) {
        this.name = name;
        this.type = type;
        this.description = description;
    }

    public static EntityDefinition entity(String name, Class<?> type, String description) {
        return new EntityDefinition(name, type, description);
    }

    public EntityDefinition fields(String... columns) {
        this.columns = columns;
        return this;
    }

    /** Fields the server sets (derived names, timestamps, reserved flags): answered, never written. */
    public EntityDefinition readOnly(String... columns) {
        this.readOnly = Set.of(columns);
        return this;
    }

    /** NOT NULL columns a create need not send: the writer computes them (a membership's status from its dates). */
    public EntityDefinition computedUnlessGiven(String... columns) {
        this.computed = Set.of(columns);
        return this;
    }

    /** Columns holding JSON as text, sent and answered as JSON. */
    public EntityDefinition serialized(String... columns) {
        this.serialized = Set.of(columns);
        return this;
    }

    /** A column holding another entity's id without a JPA association (an association names its own). */
    public EntityDefinition foreignKey(String column, String entity) {
        foreignKeys.put(column, entity);
        return this;
    }

    /**
     * A column holding a value of one of CiviCRM's option groups ({@code contribution_status}): a write
     * must name one of the values the writing domain is offered, and getFields names the group.
     */
    public EntityDefinition optionsFrom(String column, String optionGroup) {
        optionLists.put(column, optionGroup);
        return this;
    }

    /**
     * Not a column but ids the writer takes with the record (CiviCRM's {@code Activity.target_contact_id}:
     * one id or a list): written, never read, selected or filtered by, since the rows they become are
     * read as their own entity with its own visibility.
     */
    public EntityDefinition writtenWith(String field, String fkEntity) {
        writtenWith.put(field, new CatalogField(field, null, Long.class, false, fkEntity, false, true, false, true, true, null, null,
                null, null));
        return this;
    }

    /**
     * Not a column but a value of {@code type} the writer takes with the record (a new domain's first
     * administrator's username and password): written, never read, selected or filtered by.
     */
    public EntityDefinition writtenWith(String field, Class<?> type) {
        writtenWith.put(field, new CatalogField(field, null, type, false, null, false, true, false, true, false, null, null, null,
                null));
        return this;
    }

    /**
     * A list of ids read from another entity's rows (a group's {@code parents}: the parent_group_id of the
     * GroupNesting rows whose child_group_id is the group), as the caller reads that entity; written by
     * the entity's writer, which keeps those rows in step. {@code fkEntity} is what the ids name.
     */
    public EntityDefinition listedFrom(String field, String entity, String key, String value, String fkEntity) {
        lists.put(field, new CatalogField.ListedFrom(entity, key, value));
        foreignKeys.put(field, fkEntity);
        return this;
    }

    /**
     * Secrets (a processor's password and signature): written as any field, but read, selected, filtered
     * and sorted by only by a caller who meets {@code toRead}; to others they are not fields at all.
     */
    public EntityDefinition secret(Requirement toRead, String... columns) {
        for (String column : columns) {
            secrets.put(column, toRead);
        }
        return this;
    }

    /** An action of the entity's own ({@code Job.execute}), on the records a where selects, for callers meeting the requirement. */
    public EntityDefinition action(String name, Requirement requirement, EntityAction action, String... params) {
        actions.put(name, new EntityAction.Declared(requirement, action, java.util.Set.of(params)));
        return this;
    }

    /** An action of the entity as a whole ({@code Order.create}), with the call's parameters, for callers meeting the requirement. */
    public EntityDefinition operation(String name, Requirement requirement, EntityOperation operation) {
        operations.put(name, new EntityOperation.Declared(requirement, operation));
        return this;
    }

    /**
     * Another API name for records of an entity declared under its own name (CiviCRM's Order for
     * Contribution): its class's foreign keys and joins still name that entity.
     */
    public EntityDefinition alias() {
        this.alias = true;
        return this;
    }

    /**
     * Its records are the options of every foreign key to it (CiviCRM's pseudoconstant tables: location
     * types, membership types...): {@code location_type_id:name} reads and writes by name. Needs a label.
     */
    public EntityDefinition offeredAsOptions() {
        this.offersOptions = true;
        return this;
    }

    boolean isAlias() {
        return alias;
    }

    /** A condition every query gets unless it names the field itself (a contact in the trash is not listed). */
    public EntityDefinition filterByDefault(String column, Object value) {
        this.filterField = column;
        this.filterValue = value;
        return this;
    }

    /** Fields an autocomplete matches its input against, when not just the label. */
    public EntityDefinition searchedBy(String... columns) {
        this.searchFields = List.of(columns);
        return this;
    }

    /** Written through the capability's writer, which calls the service that holds the rules. */
    public EntityDefinition writtenBy(RecordWriter writer) {
        return writtenBy(writer, null);
    }

    /** As {@link #writtenBy(RecordWriter)}, and no caller without the requirement gets as far as the writer. */
    public EntityDefinition writtenBy(RecordWriter writer, Requirement requirement) {
        this.writing = Writing.BY_WRITER;
        this.writer = writer;
        this.writeRequirement = requirement;
        return this;
    }

    /**
     * Written field by field with no rule of its own beyond the persistence rules every row meets (domain
     * scoping, the contact edit guard, foreign keys the caller can see): an email, a phone.
     */
    public EntityDefinition writtenDirectly() {
        this.writing = Writing.DIRECTLY;
        return this;
    }

    /** As {@link #writtenDirectly()}, by callers meeting the requirement (CiviCRM's 'edit all events'). */
    public EntityDefinition writtenDirectly(Requirement requirement) {
        this.writing = Writing.DIRECTLY;
        this.writeRequirement = requirement;
        return this;
    }

    /** A rule every create and update meets before the writer runs, whichever writer that is. */
    public EntityDefinition checkedBy(RecordCheck check) {
        checks.add(check);
        return this;
    }

    /**
     * Configuration (kinds of membership, menus, option lists), written field by field by administrators.
     * Which administrators follows the separation table: a shared entity changes every domain, so it needs
     * 'administer Multiple Organizations'; a per-domain one needs 'administer CiviCRM' (of that domain).
     */
    public EntityDefinition administeredAsConfiguration() {
        this.writing = Writing.AS_CONFIGURATION;
        return this;
    }

    String name() {
        return name;
    }

    Class<?> type() {
        return type;
    }

    /** What a write of this entity needs under the given separation mode, or null when its writer decides. */
    static Requirement configurationRequirement(SeparationMode mode) {
        return mode == SeparationMode.SHARED ? Requirement.ADMINISTER_MULTIPLE_ORGANIZATIONS : Requirement.ADMINISTER_CIVICRM;
    }

    /**
     * The entity as the catalogue holds it. {@code entityNameOf} names the catalogue entity of a JPA class
     * (for the foreign key of an association), {@code generic} writes field by field.
     */
    CatalogEntity build(SeparationMode separation, RecordWriter generic, Function<Class<?>, String> entityNameOf) {
        Map<String, CatalogField> fields = new LinkedHashMap<>();
        for (String column : columns) {
            if (column.equals(DOMAIN_COLUMN) && SeparableEntity.class.isAssignableFrom(type)) {
                throw new IllegalStateException(name + " lists " + DOMAIN_COLUMN + ": the separation table decides whether it has one");
            }
            fields.put(column, field(column, entityNameOf));
        }
        if (separation.isScoped()) {
            fields = withDomainColumn(fields, separation);
        }
        fields.putAll(writtenWith);
        for (Map.Entry<String, CatalogField.ListedFrom> list : lists.entrySet()) {
            fields.put(list.getKey(), new CatalogField(list.getKey(), null, Long.class, false, foreignKeys.get(list.getKey()), false, true,
                    readOnly.contains(list.getKey()), true, true, null, null, null, list.getValue()));
        }
        CatalogField filter = filterField == null ? null : fields.get(filterField);
        String label = LABEL_FIELDS.stream().filter(fields::containsKey).findFirst().orElse(null);
        if (offersOptions && label == null) {
            throw new IllegalStateException(name + " is offered as options but has no label field");
        }
        List<String> searched = searchFields.isEmpty() && label != null ? List.of(label) : searchFields;
        RecordWriter chosen = switch (writing) {
            case READ_ONLY -> null;
            case BY_WRITER -> writer;
            case DIRECTLY, AS_CONFIGURATION -> generic;
        };
        if (chosen != null && !checks.isEmpty()) {
            chosen = new CheckedRecordWriter(chosen, checks);
        }
        Requirement requirement = writing == Writing.AS_CONFIGURATION ? configurationRequirement(separation) : writeRequirement;
        return new CatalogEntity(name, description, type, fields, requirement, chosen, filter, filterValue, label, searched, actions,
                operations, alias, offersOptions);
    }

    private CatalogField field(String column, Function<Class<?>, String> entityNameOf) {
        Field field = attributeFor(type, column);
        boolean association = field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class);
        Column mapped = field.getAnnotation(Column.class);
        JoinColumn joined = field.getAnnotation(JoinColumn.class);
        boolean nullable = association ? joined == null || joined.nullable() : mapped == null || mapped.nullable();
        boolean generated = column.equals("id");
        Object initial = initialValue(type, field);
        boolean required = !nullable && !field.getType().isPrimitive() && !generated && !readOnly.contains(column)
                && !computed.contains(column) && initial == null;
        String fkEntity = foreignKeys.getOrDefault(column, association ? entityNameOf.apply(field.getType()) : null);
        return new CatalogField(column, field.getName(), field.getType(), association, fkEntity, required,
                nullable && !field.getType().isPrimitive(),
                generated || readOnly.contains(column),
                association ? joined == null || joined.updatable() : mapped == null || mapped.updatable(),
                serialized.contains(column), optionLists.get(column), secrets.get(column),
                association || generated || readOnly.contains(column) || secrets.containsKey(column) ? null : initial, null);
    }

    /**
     * A {@code domain} or {@code optional} entity exposes its owner right after {@code id}, read-only (a
     * new row takes the request's domain), whichever entity the separation table scopes.
     */
    private static Map<String, CatalogField> withDomainColumn(Map<String, CatalogField> fields, SeparationMode mode) {
        Map<String, CatalogField> withDomain = new LinkedHashMap<>();
        fields.forEach((column, field) -> {
            withDomain.put(column, field);
            if (column.equals("id")) {
                withDomain.put(DOMAIN_COLUMN, new CatalogField(DOMAIN_COLUMN, SeparableEntity.DOMAIN_ATTRIBUTE, Long.class,
                        false, "Domain", false, mode == SeparationMode.OPTIONAL, true, false, false, null, null, null, null));
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

    /**
     * What the entity initialises a field to (is_active = true, visibility = ...), or null: a field with
     * a default need not be sent to create, and getFields answers it as the default.
     */
    private static Object initialValue(Class<?> type, Field field) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object fresh = constructor.newInstance();
            field.setAccessible(true);
            return field.get(fresh);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
