package org.multisitecrm.security.visibility;

import org.eclipse.persistence.queries.DatabaseQuery;
import org.multisitecrm.infrastructure.persistence.QueryParameterSource;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The thread's {@link Caller} as the visibility criteria's parameters. */
final class VisibilityParameters implements QueryParameterSource {

    @Override
    public Set<String> names() {
        return Set.of(VisibilityParameter.CONTACTS_ALL, VisibilityParameter.VIEWER_DOMAIN, VisibilityParameter.VIEWER_CONTACT,
                VisibilityParameter.ACCESS_DELETED, VisibilityParameter.GROUPS_ALL,
                VisibilityParameter.GROUP_DOMAIN, VisibilityParameter.CALLER_DOMAIN);
    }

    @Override
    public Optional<Map<String, Object>> parameters(DatabaseQuery query) {
        return Caller.current().map(VisibilityParameters::of);
    }

    private static Map<String, Object> of(Caller caller) {
        Map<String, Object> values = new HashMap<>();
        boolean system = caller.isSystem();
        values.put(VisibilityParameter.CONTACTS_ALL, system || caller.seesAllContacts() ? 1 : 0);
        values.put(VisibilityParameter.VIEWER_DOMAIN, caller.contactDomain().orElse(0L));
        values.put(VisibilityParameter.VIEWER_CONTACT, caller.contactId().orElse(0L));
        values.put(VisibilityParameter.CALLER_DOMAIN, caller.domainId().orElse(0L));
        values.put(VisibilityParameter.ACCESS_DELETED, system || caller.has(Permission.ACCESS_DELETED_CONTACTS) ? 1 : 0);
        values.put(VisibilityParameter.GROUPS_ALL, system || caller.has(Permission.ADMINISTER_MULTIPLE_ORGANIZATIONS) ? 1 : 0);
        boolean listsDomainGroups = caller.has(Permission.LIST_ALL_GROUPS_IN_DOMAIN) || caller.contactDomain().isPresent();
        values.put(VisibilityParameter.GROUP_DOMAIN, listsDomainGroups ? caller.domainId().orElse(0L) : 0L);
        return values;
    }
}
