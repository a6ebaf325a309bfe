package org.multisitecrm.security.visibility;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.multisitecrm.infrastructure.persistence.QueryParameterSource;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Contact-level silos, the seed's multilevel permissioning: for every entity marked
 * {@link VisibleThroughContact} or {@link VisibleThroughGroup}, EclipseLink criteria that find by id,
 * JPQL, criteria queries, counts, lazy loads and bulk UPDATE/DELETE all apply, the entity out of the
 * shared cache, and for contact rows an {@link ContactEditGuard} on every write.
 *
 * <p>A contact is visible with 'view/edit all contacts'; through the visibility index (hard-added to a
 * group of the caller's site tree, with 'view/edit all contacts in domain'); through a permissioned
 * relationship chain; through an ACL on a group of the site tree; or as the caller's own contact.
 */
public class ContactVisibilityRules {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContactVisibilityRules.class.getName());

    /*
     * The rules are SQL fragments inside EclipseLink's SQL() function: EclipseLink does not prepare JPQL
     * subqueries in additional criteria (EclipseLink-6168, NullPointerException in SubSelectExpression),
     * and the index tables are bookkeeping, not entities. Every value is a bound parameter.
     */
    static String contactVisible(String path) {
        return "SQL('(? = 1"
                + " OR EXISTS (SELECT 1 FROM crm_contact_visibility v WHERE v.contact_id = ? AND v.viewer_domain_id = ?)"
                + " OR EXISTS (SELECT 1 FROM crm_contact_grant g WHERE g.contact_id = ? AND g.grantee_contact_id = ?)"
                + " OR ? = ?"
                + " OR EXISTS (SELECT 1 FROM civicrm_group_contact h WHERE h.contact_id = ? AND h.status = ''Added''"
                + " AND FIND_IN_SET(h.group_id, ?) > 0))', "
                + ":" + VisibilityParameter.CONTACTS_ALL + ", " + path + ", :" + VisibilityParameter.VIEWER_DOMAIN + ", "
                + path + ", :" + VisibilityParameter.VIEWER_CONTACT + ", " + path + ", :" + VisibilityParameter.VIEWER_CONTACT + ", "
                + path + ", :" + VisibilityParameter.ACL_GROUPS + ") = 1";
    }

    static String groupVisible(String path) {
        return "SQL('(? = 1"
                + " OR EXISTS (SELECT 1 FROM crm_domain_group_closure x WHERE x.group_id = ? AND x.viewer_domain_id = ?)"
                + " OR FIND_IN_SET(?, ?) > 0)', "
                + ":" + VisibilityParameter.GROUPS_ALL + ", " + path + ", :" + VisibilityParameter.GROUP_DOMAIN + ", "
                + path + ", :" + VisibilityParameter.ACL_GROUPS + ") = 1";
    }

    public void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            VisibleThroughContact contact = type.getAnnotation(VisibleThroughContact.class);
            VisibleThroughGroup group = type.getAnnotation(VisibleThroughGroup.class);
            if (contact != null) {
                String criteria = Arrays.stream(contact.value()).map(a -> contactVisible("this." + a))
                        .collect(Collectors.joining(" and "));
                if (contact.hidesTrashed()) {
                    criteria = "(this.isDeleted = false or :" + VisibilityParameter.ACCESS_DELETED + " = 1) and " + criteria;
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
        descriptor.getQueryManager().setAdditionalCriteria(criteria);
        descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
    }
}
