package org.multisitecrm.tenancy.scoping;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;
import org.multisitecrm.infrastructure.persistence.criteria.QueryParameterSource;
import org.multisitecrm.infrastructure.persistence.criteria.RowCriteria;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;
import org.multisitecrm.tenancy.separation.SeparationMode;
import org.multisitecrm.tenancy.separation.SeparationRule;
import org.multisitecrm.tenancy.separation.SeparationTable;
import org.multisitecrm.tenancy.separation.SeparationTableException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies the separation table to the persistence unit when it deploys: for each {@code domain} and
 * {@code optional} entity, maps {@code domain_id} onto {@link SeparableEntity}'s attribute, adds the
 * row criteria, isolates it from the cache and guards its writes. No entity declares its own scoping,
 * so a row of the table flipped (with the migration that brings the column) takes effect at the next
 * start. An entity missing from the table, a listed entity that does not exist, a tenancy table listed
 * as separable or an entity mapping {@code domain_id} itself stops the deployment with a message naming it.
 */
public class DomainScopingRules {

    private static final Logger LOG = Logger.getLogger(DomainScopingRules.class.getName());

    static final String DOMAIN_COLUMN = "domain_id";
    static final String DOMAIN_CRITERIA = "this." + SeparableEntity.DOMAIN_ATTRIBUTE + " = :" + ScopeParameter.DOMAIN
            + " or :" + ScopeParameter.ALL_DOMAINS + " = 1";
    static final String OPTIONAL_CRITERIA = "this." + SeparableEntity.DOMAIN_ATTRIBUTE + " = :" + ScopeParameter.DOMAIN
            + " or (this." + SeparableEntity.DOMAIN_ATTRIBUTE + " is null and :" + ScopeParameter.READING + " = 1)"
            + " or :" + ScopeParameter.ALL_DOMAINS + " = 1";

    public void apply(Session session) {
        SeparationTable table = SeparationTable.load();
        Set<String> mapped = new HashSet<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isDescriptorForInterface() || descriptor.getAlias() == null) {
                continue;
            }
            String entity = descriptor.getAlias();
            mapped.add(entity);
            SeparationRule rule = table.ruleFor(entity).orElseThrow(() -> new SeparationTableException(
                    "Entity " + entity + " is not listed in " + table.source()
                            + ": add it to a row with its mode (domain, optional, shared or tenancy)"));
            requireSeparable(descriptor, rule, table);
            if (rule.mode().isScoped()) {
                scope(descriptor, rule.mode());
            }
        }
        for (String listed : table.jpaEntities()) {
            if (!mapped.contains(listed)) {
                throw new SeparationTableException("Entity " + listed + " is listed in " + table.source()
                        + " but no such entity exists");
            }
        }
    }

    /** The bound {@link org.multisitecrm.tenancy.DomainScope} as the criteria's parameters. */
    public QueryParameterSource parameters() {
        return new DomainScopeParameters();
    }

    /**
     * Tenancy tables define the domains, so they cannot belong to one; every other entity must leave
     * {@code domain_id} to the table, or flipping its row would need a code change.
     */
    private static void requireSeparable(ClassDescriptor descriptor, SeparationRule rule, SeparationTable table) {
        String entity = descriptor.getAlias();
        boolean separable = SeparableEntity.class.isAssignableFrom(descriptor.getJavaClass());
        boolean tenancy = rule.mode() == SeparationMode.TENANCY;
        if (separable == tenancy) {
            throw new SeparationTableException("Entity " + entity + " is '" + rule.mode().label() + "' in "
                    + table.source() + " line " + rule.line() + " but its class "
                    + (separable ? "extends SeparableEntity, which only the domain, optional and shared modes allow"
                                 : "does not extend SeparableEntity, so the table could not scope it"));
        }
        if (separable) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                for (DatabaseField field : columnsOf(mapping)) {
                    if (DOMAIN_COLUMN.equalsIgnoreCase(field.getName())) {
                        throw new SeparationTableException("Entity " + entity + " maps " + DOMAIN_COLUMN
                                + " itself (attribute " + mapping.getAttributeName() + "): remove it, the separation table"
                                + " decides whether the column exists (" + table.source() + " line " + rule.line() + ")");
                    }
                }
            }
        }
    }

    /** The columns a mapping writes, as declared (before login, when {@code getFields()} is not yet built). */
    private static List<DatabaseField> columnsOf(DatabaseMapping mapping) {
        if (mapping instanceof AbstractDirectMapping direct && direct.getField() != null) {
            return List.of(direct.getField());
        }
        if (mapping instanceof OneToOneMapping reference) {
            return List.copyOf(reference.getForeignKeyFields());
        }
        return List.of();
    }

    private static void scope(ClassDescriptor descriptor, SeparationMode mode) {
        DirectToFieldMapping domainColumn = new DirectToFieldMapping();
        // Through the methods: the field is @Transient, so the accessor EclipseLink weaves for fields ignores it
        domainColumn.setAttributeName(SeparableEntity.DOMAIN_ATTRIBUTE);
        domainColumn.setGetMethodName("getDomainId");
        domainColumn.setSetMethodName("assignToDomain");
        domainColumn.setAttributeClassification(Long.class);
        DatabaseField field = new DatabaseField(DOMAIN_COLUMN, descriptor.getTableName());
        field.setUpdatable(false);
        field.setNullable(mode == SeparationMode.OPTIONAL);
        field.setType(Long.class);
        domainColumn.setField(field);
        descriptor.addMapping(domainColumn);
        RowCriteria.restrict(descriptor, mode == SeparationMode.DOMAIN ? DOMAIN_CRITERIA : OPTIONAL_CRITERIA);
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        descriptor.getEventManager().addListener(new DomainOwnershipGuard(descriptor.getAlias(), mode));
        LOG.fine(() -> "Scoped " + descriptor.getAlias() + " as " + mode.label());
    }
}
