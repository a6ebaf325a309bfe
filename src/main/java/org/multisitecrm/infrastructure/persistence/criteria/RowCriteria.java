package org.multisitecrm.infrastructure.persistence.criteria;

import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Puts an access rule on an entity as EclipseLink additional criteria. EclipseLink places the criteria
 * of an outer-joined entity in the WHERE clause, not in the join's ON: a LEFT JOIN to a missing row
 * (a null foreign key, an EXCLUDE join) would then drop the whole result row. So a rule reads "no row
 * here, or a row the caller may use": {@code this.id} is never null for a row that exists, so the
 * rule is unchanged for every row actually read (MariaDB drops the test on a NOT NULL key).
 */
public final class RowCriteria {

    private RowCriteria() {
    }

    public static void restrict(ClassDescriptor descriptor, String criteria) {
        descriptor.getQueryManager().setAdditionalCriteria("this.id is null or (" + criteria + ")");
    }
}
