package org.multisitecrm.tenancy.scoping;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.multisitecrm.tenancy.DomainScope;
import org.multisitecrm.infrastructure.persistence.criteria.QueryParameterSource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The thread's domain scope as the scoping criteria's parameters. */
final class DomainScopeParameters implements QueryParameterSource {

    @Override
    public Set<String> names() {
        return Set.of(ScopeParameter.DOMAIN, ScopeParameter.ALL_DOMAINS, ScopeParameter.READING);
    }

    @Override
    public Optional<Map<String, Object>> parameters(DatabaseQuery query) {
        return DomainScope.current().map(scope -> Map.of(
                ScopeParameter.DOMAIN, scope.isAllDomains() ? 0L : scope.domainId(),
                ScopeParameter.ALL_DOMAINS, scope.isAllDomains() ? 1 : 0,
                ScopeParameter.READING, query.isReadQuery() ? 1 : 0));
    }
}
