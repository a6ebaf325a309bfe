package org.multisitecrm.security.visibility;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.multisitecrm.infrastructure.persistence.criteria.RowCriteria;
import org.eclipse.persistence.sessions.Session;
import org.multisitecrm.infrastructure.persistence.criteria.QueryParameterSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Contact-level silos, the seed's multilevel permissioning: for every entity marked
 * {@link VisibleThroughContact}, {@link VisibleThroughLinkedContacts} or {@link VisibleThroughGroup}, EclipseLink criteria that find by id,
 * JPQL, criteria queries, counts, lazy loads and bulk UPDATE/DELETE all apply, the entity out of the
 * shared cache, and for contact rows an {@link ContactEditGuard} on every write.
 *
 * <p>A contact is visible with 'view/edit all contacts'; through the visibility index (hard-added to a
 * group of the caller's site tree, with 'view/edit all contacts in domain'); through a permissioned
 * relationship chain; through an ACL on a group of the site tree (the caller's contact holds the ACL role); or as the caller's own contact.
 */
public class ContactVisibilityRules {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContactVisibilityRules.class.getName());

    /*
     * The rules are SQL fragments inside EclipseLink's SQL() function: EclipseLink does not prepare JPQL
     * subqueries in additional criteria (EclipseLink-6168, NullPointerException in SubSelectExpression),
     * and the index tables are bookkeeping, not entities. Every value is a bound parameter. The row's own
     * column is the left side of IN; inside a subquery it appears only against crm_visible_contact,
     * whose column names no entity table uses: EclipseLink prints it without a table alias, and
     * inside a subquery over crm_contact_visibility "contact_id" would silently mean that table's own.
     * The index is read one of two ways, chosen by WIDE_VIEWER (ViewerBreadth): a narrow viewer's
     * subquery is materialized once per query; a wide viewer's is correlated with the row, so MariaDB
     * probes the primary key per row instead of materializing a million ids before the first one.
     */
    private static final String PATH = "";
    private static final String CONTACT_TEMPLATE = "(? = 1"
            + " OR (? = 0 AND ? IN (SELECT v.contact_id FROM crm_contact_visibility v WHERE v.viewer_domain_id = ?))"
            + " OR (? = 1 AND ? IN (SELECT w.visible_id FROM crm_visible_contact w WHERE w.viewer = ? AND w.visible_id = ?))"
            + " OR ? IN (SELECT g.contact_id FROM crm_contact_grant g WHERE g.grantee_contact_id = ?)"
            + " OR ? = ?"
            + " OR ? IN (" + AclGrants.grantedContacts(false) + "))";
    /** The template's arguments in order: {@link #PATH} for the row's column, else a parameter name. */
    private static final List<String> CONTACT_ARGUMENTS = List.of(VisibilityParameter.CONTACTS_ALL,
            VisibilityParameter.WIDE_VIEWER, PATH, VisibilityParameter.VIEWER_DOMAIN,
            VisibilityParameter.WIDE_VIEWER, PATH, VisibilityParameter.VIEWER_DOMAIN, PATH,
            PATH, VisibilityParameter.VIEWER_CONTACT,
            PATH, VisibilityParameter.VIEWER_CONTACT, PATH, VisibilityParameter.VIEWER_CONTACT, VisibilityParameter.CALLER_DOMAIN);
    private static final String GROUP_TEMPLATE = "(? = 1"
            + " OR ? IN (SELECT x.group_id FROM crm_domain_group_closure x WHERE x.viewer_domain_id = ?)"
            + " OR ? IN (" + AclGrants.grantedGroups(false) + "))";
    private static final List<String> GROUP_ARGUMENTS = List.of(VisibilityParameter.GROUPS_ALL,
            PATH, VisibilityParameter.GROUP_DOMAIN, PATH, VisibilityParameter.VIEWER_CONTACT, VisibilityParameter.CALLER_DOMAIN);

    static String contactVisible(String path) {
        return sqlFunction(CONTACT_TEMPLATE, CONTACT_ARGUMENTS, path);
    }

    /**
     * Seen through a link table: 'view all contacts', or one of the row's links names a contact the
     * caller sees. The contact rule is inlined on the link's column, with its parameters in order.
     */
    static String linkedVisible(VisibleThroughLinkedContacts link, String path) {
        StringBuilder rule = new StringBuilder();
        List<String> arguments = new java.util.ArrayList<>(List.of(VisibilityParameter.CONTACTS_ALL, PATH));
        int argument = 0;
        for (char c : CONTACT_TEMPLATE.toCharArray()) {
            if (c == '?' && CONTACT_ARGUMENTS.get(argument++).equals(PATH)) {
                rule.append("l.").append(link.contact());
            } else {
                if (c == '?') {
                    arguments.add(CONTACT_ARGUMENTS.get(argument - 1));
                }
                rule.append(c);
            }
        }
        String template = "(? = 1 OR ? IN (SELECT l." + link.key() + " FROM " + link.table() + " l WHERE " + rule + "))";
        return sqlFunction(template, arguments, path);
    }

    static String groupVisible(String path) {
        return sqlFunction(GROUP_TEMPLATE, GROUP_ARGUMENTS, path);
    }

    /**
     * The contact rule as plain SQL on {@code column}, for measuring it outside EclipseLink (the
     * benchmarks); its {@code ?} are, in order: 'view all contacts' (1/0), wide viewer (1/0), the viewer
     * domain, wide viewer again, the viewer domain again, the caller's contact three times, the request's domain.
     */
    public static String contactVisibleSql(String column) {
        StringBuilder sql = new StringBuilder();
        int argument = 0;
        for (char c : CONTACT_TEMPLATE.toCharArray()) {
            if (c == '?' && CONTACT_ARGUMENTS.get(argument++).equals(PATH)) {
                sql.append(column);
            } else {
                sql.append(c);
            }
        }
        return sql + " = 1";
    }

    /** EclipseLink's {@code SQL('...', args) = 1}, quotes doubled; a JPQL path or parameter per placeholder. */
    private static String sqlFunction(String template, List<String> arguments, String path) {
        return "SQL('" + template.replace("'", "''") + "', "
                + arguments.stream().map(a -> a.equals(PATH) ? path : ":" + a).collect(Collectors.joining(", ")) + ") = 1";
    }

    public void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            VisibleThroughContact contact = type.getAnnotation(VisibleThroughContact.class);
            VisibleThroughGroup group = type.getAnnotation(VisibleThroughGroup.class);
            VisibleThroughLinkedContacts linked = type.getAnnotation(VisibleThroughLinkedContacts.class);
            if (linked != null) {
                restrict(descriptor, linkedVisible(linked, "this.id"));
                descriptor.getEventManager().addListener(new LinkedContactsEditGuard(descriptor.getAlias(), linked));
            } else if (contact != null) {
                String criteria = Arrays.stream(contact.value()).map(a -> contactVisible("this." + a))
                        .collect(Collectors.joining(" and "));
                if (contact.hidesTrashed()) {
                    criteria = "(this.isDeleted = false or :" + VisibilityParameter.ACCESS_DELETED + " = 1) and " + criteria;
                }
                PrivateToAuthor author = type.getAnnotation(PrivateToAuthor.class);
                if (author != null) {
                    criteria = "(this." + author.privacy() + " = '0' or this." + author.author() + " = :"
                            + VisibilityParameter.VIEWER_CONTACT + ") and " + criteria;
                }
                restrict(descriptor, criteria);
                descriptor.getEventManager().addListener(new ContactEditGuard(descriptor.getAlias(), contact));
            } else if (group != null) {
                restrict(descriptor, groupVisible("this." + group.value()));
            }
        }
    }

    public QueryParameterSource parameters() {
        return new VisibilityParameters();
    }

    private static void restrict(ClassDescriptor descriptor, String criteria) {
        LOG.info(() -> "Visibility criteria on " + descriptor.getAlias());
        RowCriteria.restrict(descriptor, criteria);
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
    }
}
