package org.multisitecrm.security.visibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.IndexedReads;
import org.multisitecrm.infrastructure.deltas.DeltaTable;
import org.multisitecrm.infrastructure.deltas.DeltaTables;
import org.multisitecrm.security.Caller;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A branch's contacts (not in the trash) counted and paged by sort_name from the visibility index,
 * which carries each contact's sort key, trash flag (V32) and type (V35) and a count per viewer and
 * contact type, kept as rows of deltas that {@link org.multisitecrm.infrastructure.deltas.DeltaFolding}
 * folds (V33); a count of one contact type is answered the same way. The contact rule
 * has five ways in; the index is the one that holds thousands or millions of contacts, and the others
 * (permissioned relationships, the caller's own contact, ACLs) are usually few and are read as the
 * criteria read them, through {@link #GRANTS_OWN_AND_ACLS}; the ACLs are left out, and the statement
 * planned for the few, when they grant the caller nothing. For 'view all contacts' only the count is answered here,
 * from the count of all contacts; its pages have no index but the table's own.
 *
 * <p>Measured at a million contacts: North's count in about a millisecond against 2.1 s counted under
 * the criteria, a page at offset 5,000 in a few milliseconds against 1.4 s (docs/performance.md).
 */
@ApplicationScoped
public class IndexedContactReads implements IndexedReads, DeltaTables {

    /** Each viewer's count (V33), and all contacts' for 'view all contacts' (V34), per contact type (V35): rows of deltas. */
    static final DeltaTable VIEWER_COUNTS = DeltaTable.keyed("crm_contact_visibility_count", List.of("viewer_domain_id", "contact_type"),
            "contacts", "trashed");
    static final DeltaTable ALL_COUNTS = DeltaTable.keyed("crm_contact_count", List.of("contact_type"), "contacts", "trashed");

    /** The field the counts are also kept by: a count of one contact type is answered here too. */
    private static final String COUNTED_BY = "contact_type";

    /** Every contact outside the trash: what 'view all contacts' counts. Public for the performance harness's ceiling. */
    public static final String ALL_COUNT_SQL = "SELECT COALESCE(SUM(n.contacts - n.trashed), 0) FROM crm_contact_count n";

    /** The same for one contact type; parameter: the type. Public for the performance harness's ceiling. */
    public static final String ALL_TYPE_COUNT_SQL = ALL_COUNT_SQL + " WHERE n.contact_type = ?";

    /** Contacts visible through a permissioned relationship or as the caller's own; parameters: own contact twice. */
    private static final String GRANTS_AND_OWN = "SELECT g.contact_id FROM crm_contact_grant g WHERE g.grantee_contact_id = ?"
            + " UNION SELECT ?";

    /** Those and the ones the caller's ACLs grant; parameters: own contact three times, the request's domain. */
    private static final String GRANTS_OWN_AND_ACLS = GRANTS_AND_OWN + " UNION " + AclGrants.grantedContacts(false);

    /**
     * Whether the caller's ACLs grant it any group of the site tree; parameters: own contact, the
     * request's domain. Public for the performance harness's ceiling.
     */
    public static final String ACLS_GRANT_SQL = AclGrants.GRANTS_ANY;

    /**
     * The count for a caller whose ACLs grant a group; parameters: index domain, other ways in (4), index
     * domain. The few contacts seen another way are a derived table joined to the contacts: as
     * {@code c.id IN (... UNION ...)} MariaDB would test every contact against the union (no semi-join
     * through a UNION). A count visits each of them whatever the order, so they drive the join
     * (STRAIGHT_JOIN). Public for the performance harness's ceiling.
     */
    public static final String COUNT_SQL = countSql(GRANTS_OWN_AND_ACLS, false);

    /** The same for a caller whose ACLs grant nothing; parameters: index domain, own contact twice, index domain. */
    public static final String COUNT_SQL_WITHOUT_ACLS = countSql(GRANTS_AND_OWN, false);

    /**
     * {@link #COUNT_SQL} for one contact type; parameters: index domain, type, other ways in (4), index
     * domain, type. Public for the performance harness's ceiling.
     */
    public static final String TYPE_COUNT_SQL = countSql(GRANTS_OWN_AND_ACLS, true);

    /** {@link #COUNT_SQL_WITHOUT_ACLS} for one contact type; parameters: index domain, type, own contact twice, index domain, type. */
    public static final String TYPE_COUNT_SQL_WITHOUT_ACLS = countSql(GRANTS_AND_OWN, true);

    /**
     * The first {@code offset + limit} of each way in, merged, for a caller whose ACLs grant a group;
     * parameters: index domain, offset + limit, other ways in (4), offset + limit, limit, offset. UNION
     * drops a contact found both ways. Which side drives the join is left to MariaDB: an ACL may grant
     * a group of a million, where walking the contacts in sort_name order and stopping at the page is
     * right (20,000 contacts, 10,000 granted: 6 ms against 16 ms forced the other way). Public for the
     * performance harness's ceiling.
     */
    public static final String PAGE_SQL = pageSql(GRANTS_OWN_AND_ACLS, "JOIN");

    /**
     * The same for a caller whose ACLs grant nothing; parameters: index domain, offset + limit, own contact
     * twice, offset + limit, limit, offset. The few (relationship grants, the own contact) drive the join:
     * left to itself, MariaDB walked every contact in sort_name order to avoid sorting a handful (20,000
     * contacts: 5.3 ms of every first page against 1.1 ms). Public for the performance harness's ceiling.
     */
    public static final String PAGE_SQL_WITHOUT_ACLS = pageSql(GRANTS_AND_OWN, "STRAIGHT_JOIN");

    private static String countSql(String otherWaysIn, boolean ofOneType) {
        return "SELECT COALESCE((SELECT SUM(n.contacts - n.trashed) FROM crm_contact_visibility_count n"
                + " WHERE n.viewer_domain_id = ?" + (ofOneType ? " AND n.contact_type = ?" : "") + "), 0)"
                + " + (SELECT COUNT(*) FROM (" + otherWaysIn + ") o STRAIGHT_JOIN civicrm_contact c ON c.id = o.contact_id WHERE c.is_deleted = 0"
                + " AND NOT EXISTS (SELECT 1 FROM crm_contact_visibility v WHERE v.viewer_domain_id = ? AND v.contact_id = c.id)"
                + (ofOneType ? " AND c.contact_type = ?" : "") + ")";
    }

    private static String pageSql(String otherWaysIn, String join) {
        return "SELECT p.id FROM ("
                + "(SELECT v.contact_id AS id, v.sort_name AS s FROM crm_contact_visibility v"
                + " WHERE v.viewer_domain_id = ? AND v.is_deleted = 0 ORDER BY v.sort_name, v.contact_id LIMIT ?)"
                + " UNION (SELECT c.id, c.sort_name FROM (" + otherWaysIn + ") o " + join + " civicrm_contact c ON c.id = o.contact_id"
                + " WHERE c.is_deleted = 0 ORDER BY c.sort_name, c.id LIMIT ?)) p ORDER BY p.s, p.id LIMIT ? OFFSET ?";
    }

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /**
     * The contact itself: its own id is the contact, trashed rows hidden, the trash flag its default
     * filter; and shared, as shipped. A separation table that makes contacts per-domain gives them a
     * {@code domain_id} the index and the counts know nothing of: they would count other domains' rows.
     */
    @Override
    public boolean serves(CatalogEntity entity) {
        VisibleThroughContact rule = entity.jpaClass().getAnnotation(VisibleThroughContact.class);
        return rule != null && entity.field("domain_id").isEmpty() && rule.hidesTrashed() && Arrays.equals(rule.value(), new String[] {"id"})
                && entity.defaultFilterField() != null && entity.defaultFilterField().name().equals("is_deleted")
                && Boolean.FALSE.equals(entity.defaultFilterValue()) && entity.field(sortField()).isPresent();
    }

    @Override
    public String sortField() {
        return "sort_name";
    }

    @Override
    public OptionalLong count() {
        return count(null);
    }

    @Override
    public Optional<String> countedBy() {
        return Optional.of(COUNTED_BY);
    }

    @Override
    public OptionalLong count(String field, Object value) {
        if (!COUNTED_BY.equals(field) || value == null) {
            return OptionalLong.empty();
        }
        return count(value instanceof Enum<?> type ? type.name() : value.toString());
    }

    /** The caller's count, of every contact type when {@code type} is null. */
    private OptionalLong count(String type) {
        Optional<ContactViewer> caller = Caller.current().map(ContactViewer::of);
        if (caller.isEmpty()) {
            return OptionalLong.empty();
        }
        ContactViewer viewer = caller.get();
        boolean ofOneType = type != null;
        Query count;
        if (viewer.seesAll()) {
            count = ofOneType ? bind(em.createNativeQuery(ALL_TYPE_COUNT_SQL), type) : bind(em.createNativeQuery(ALL_COUNT_SQL));
        } else if (aclsGrant(viewer)) {
            count = bind(em.createNativeQuery(ofOneType ? TYPE_COUNT_SQL : COUNT_SQL), countValues(ofOneType, type, viewer.indexDomain(),
                    viewer.ownContact(), viewer.ownContact(), viewer.ownContact(), viewer.requestDomain(), viewer.indexDomain()));
        } else {
            count = bind(em.createNativeQuery(ofOneType ? TYPE_COUNT_SQL_WITHOUT_ACLS : COUNT_SQL_WITHOUT_ACLS), countValues(ofOneType, type,
                    viewer.indexDomain(), viewer.ownContact(), viewer.ownContact(), viewer.indexDomain()));
        }
        return OptionalLong.of(((Number) count.getSingleResult()).longValue());
    }

    /**
     * A count statement's values: the index domain, the other ways in and the index domain again, each
     * index domain followed by the type when the count is of one type (see {@link #countSql}).
     */
    private static Object[] countValues(boolean ofOneType, String type, Object... values) {
        if (!ofOneType) {
            return values;
        }
        List<Object> typed = new java.util.ArrayList<>(List.of(values[0], type));
        typed.addAll(Arrays.asList(values).subList(1, values.length));
        typed.add(type);
        return typed.toArray();
    }

    @Override
    public Optional<List<Long>> page(int offset, int limit) {
        return viewer().map(viewer -> {
            long reach = (long) offset + limit;
            Query page = aclsGrant(viewer)
                    ? bind(em.createNativeQuery(PAGE_SQL), viewer.indexDomain(), reach, viewer.ownContact(), viewer.ownContact(),
                            viewer.ownContact(), viewer.requestDomain(), reach, limit, offset)
                    : bind(em.createNativeQuery(PAGE_SQL_WITHOUT_ACLS), viewer.indexDomain(), reach, viewer.ownContact(),
                            viewer.ownContact(), reach, limit, offset);
            return page.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        });
    }

    /** Asked of the database at each read: an ACL given a moment ago counts at once. A caller without a contact has none. */
    private boolean aclsGrant(ContactViewer viewer) {
        return viewer.ownContact() != 0 && ((Number) bind(em.createNativeQuery(ACLS_GRANT_SQL), viewer.ownContact(), viewer.requestDomain())
                .getSingleResult()).intValue() == 1;
    }

    @Override
    public List<DeltaTable> deltaTables() {
        return List.of(VIEWER_COUNTS, ALL_COUNTS);
    }

    /** A caller without 'view all contacts': the criteria would read the index for it. */
    private static Optional<ContactViewer> viewer() {
        return Caller.current().map(ContactViewer::of).filter(viewer -> !viewer.seesAll());
    }

    /** Native SQL is off for the unit so that nothing skips the row criteria by accident; this does on purpose. */
    private static Query bind(Query query, Object... values) {
        query.setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }
}
