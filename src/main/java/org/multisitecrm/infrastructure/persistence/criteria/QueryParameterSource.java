package org.multisitecrm.infrastructure.persistence.criteria;

import org.eclipse.persistence.queries.DatabaseQuery;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Supplies the parameters that an access rule's criteria read, from what the thread is bound to.
 * Empty when nothing is bound: the parameters are then removed and every query under the rule fails.
 */
public interface QueryParameterSource {

    Set<String> names();

    Optional<Map<String, Object>> parameters(DatabaseQuery query);
}
