package org.multisitecrm.security.visibility;

import java.util.Set;

/**
 * Which viewer domains see many contacts ("wide"), so the visibility criteria probe the index row by
 * row for them instead of letting MariaDB materialize it. Materializing is right for a site that sees
 * thousands of contacts (its count takes a fraction of a second) and wrong for one that sees a
 * million: 1.9 s before the first row of every page or streamed batch. The choice changes only the
 * plan, never the rows: both alternatives of the criteria read the same index.
 *
 * <p>Held statically because the criteria's parameters are computed inside EclipseLink, outside CDI;
 * {@link ViewerBreadthJob} keeps it current. Unknown domains count as narrow.
 */
public final class ViewerBreadth {

    /** From this many visible contacts on, a viewer is wide. */
    public static final int WIDE_FROM = 100_000;

    /** How many index rows a domain has, counted no further than {@link #WIDE_FROM}; parameter: the domain. */
    public static final String BOUNDED_COUNT_SQL = "SELECT COUNT(*) FROM (SELECT 1 FROM crm_contact_visibility"
            + " WHERE viewer_domain_id = ? LIMIT " + WIDE_FROM + ") t";

    private static volatile Set<Long> wide = Set.of();

    private ViewerBreadth() {
    }

    public static boolean isWide(long viewerDomainId) {
        return wide.contains(viewerDomainId);
    }

    static void update(Set<Long> wideDomains) {
        wide = Set.copyOf(wideDomains);
    }
}
