package org.multisitecrm.tenancy.scoping;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.multisitecrm.infrastructure.persistence.criteria.RowCriteria;
import org.eclipse.persistence.sessions.Session;
import org.multisitecrm.infrastructure.persistence.criteria.QueryParameterSource;
import org.multisitecrm.tenancy.DomainOwned;
import org.multisitecrm.tenancy.separation.SeparationMode;
import org.multisitecrm.tenancy.separation.SeparationRule;
import org.multisitecrm.tenancy.separation.SeparationTable;
import org.multisitecrm.tenancy.separation.SeparationTableException;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Applies the separation table to the persistence unit when it deploys. An entity missing from the table, a listed entity that does not exist, or
 * an entity whose class disagrees with its mode stops the deployment with a message naming it.
 */
public class DomainScopingRules {

    private static final Logger LOG = Logger.getLogger(DomainScopingRules.class.getName());

    static final String DOMAIN_CRITERIA = "this.domainId = :" + ScopeParameter.DOMAIN
            + " or :" + ScopeParameter.ALL_DOMAINS + " = 1";
    static final String OPTIONAL_CRITERIA = "this.domainId = :" + ScopeParameter.DOMAIN
            + " or (this.domainId is null and :" + ScopeParameter.READING + " = 1)"
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
            boolean owned = DomainOwned.class.isAssignableFrom(descriptor.getJavaClass());
            if (rule.mode().isScoped() != owned) {
                throw new SeparationTableException("Entity " + entity + " is '" + rule.mode().label() + "' in "
                        + table.source() + " line " + rule.line() + " but its class "
                        + (owned ? "carries domain_id (extends DomainOwned)" : "does not extend DomainOwned"));
            }
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

    private static void scope(ClassDescriptor descriptor, SeparationMode mode) {
        RowCriteria.restrict(descriptor, mode == SeparationMode.DOMAIN ? DOMAIN_CRITERIA : OPTIONAL_CRITERIA);
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        descriptor.getEventManager().addListener(new DomainOwnershipGuard(descriptor.getAlias(), mode));
        LOG.fine(() -> "Scoped " + descriptor.getAlias() + " as " + mode.label());
    }
}
