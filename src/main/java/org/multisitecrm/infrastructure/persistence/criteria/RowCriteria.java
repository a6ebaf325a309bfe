package org.multisitecrm.infrastructure.persistence.criteria;

import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * Puts an access rule on an entity as EclipseLink additional criteria. EclipseLink places the criteria
 * of an outer-joined entity in the WHERE clause, not in the join's ON: a LEFT JOIN to a missing row
 * (a null foreign key, an EXCLUDE join) would then drop the whole result row. So a rule reads "no row
 * here, or a row the caller may use": {@code this.id} is never null for a row that exists, so the
 * rule is unchanged for every row actually read (MariaDB drops the test on a NOT NULL key). An entity
 * under several rules (a per-domain row hanging off a contact) meets all of them: EclipseLink keeps one
 * criteria string per entity, so each rule is AND-ed to those already there, never put in their place.
 */
public final class RowCriteria {

    private RowCriteria() {
    }

    private static final String RULES = RowCriteria.class.getName();

    public static void restrict(ClassDescriptor descriptor, String criteria) {
        String earlier = (String) descriptor.getProperty(RULES);
        String all = earlier == null ? "(" + criteria + ")" : earlier + " and (" + criteria + ")";
        descriptor.setProperty(RULES, all);
        descriptor.getQueryManager().setAdditionalCriteria("this.id is null or (" + all + ")");
    }
}
