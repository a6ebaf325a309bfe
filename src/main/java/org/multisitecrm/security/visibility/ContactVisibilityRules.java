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
 * relationship chain; through an ACL on a group of the site tree (the caller's contact holds the ACL role); or as the caller's own contact.
 */
public class ContactVisibilityRules {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContactVisibilityRules.class.getName());

    /*
     * The rules are SQL fragments inside EclipseLink's SQL() function: EclipseLink does not prepare JPQL
     * subqueries in additional criteria (EclipseLink-6168, NullPointerException in SubSelectExpression),
     * and the index tables are bookkeeping, not entities. Every value is a bound parameter. The row's own
     * column is always the left side of IN, never inside a subquery: EclipseLink prints it without a
     * table alias, and inside a subquery "contact_id" would silently mean the subquery's own column.
     */
    static String contactVisible(String path) {
        return "SQL('(? = 1"
                + " OR ? IN (SELECT v.contact_id FROM crm_contact_visibility v WHERE v.viewer_domain_id = ?)"
                + " OR ? IN (SELECT g.contact_id FROM crm_contact_grant g WHERE g.grantee_contact_id = ?)"
                + " OR ? = ?"
                + " OR ? IN (SELECT h.contact_id FROM civicrm_group_contact h"
                + " JOIN crm_domain_group_closure x ON x.group_id = h.group_id AND x.viewer_domain_id = ?"
                + " JOIN civicrm_acl a ON a.object_id = h.group_id AND a.is_active = 1 AND a.deny = 0"
                + " JOIN civicrm_acl_entity_role er ON er.acl_role_id = a.entity_id AND er.is_active = 1"
                + " JOIN civicrm_group_contact me ON me.group_id = er.entity_id AND me.status = ''Added'' AND me.contact_id = ?"
                + " WHERE h.status = ''Added''))', "
                + ":" + VisibilityParameter.CONTACTS_ALL + ", "
                + path + ", :" + VisibilityParameter.VIEWER_DOMAIN + ", "
                + path + ", :" + VisibilityParameter.VIEWER_CONTACT + ", "
                + path + ", :" + VisibilityParameter.VIEWER_CONTACT + ", "
                + path + ", :" + VisibilityParameter.CALLER_DOMAIN + ", :" + VisibilityParameter.VIEWER_CONTACT + ") = 1";
    }

    static String groupVisible(String path) {
        return "SQL('(? = 1"
                + " OR ? IN (SELECT x.group_id FROM crm_domain_group_closure x WHERE x.viewer_domain_id = ?)"
                + " OR ? IN (SELECT x.group_id FROM crm_domain_group_closure x"
                + " JOIN civicrm_acl a ON a.object_id = x.group_id AND a.is_active = 1 AND a.deny = 0"
                + " JOIN civicrm_acl_entity_role er ON er.acl_role_id = a.entity_id AND er.is_active = 1"
                + " JOIN civicrm_group_contact me ON me.group_id = er.entity_id AND me.status = ''Added'' AND me.contact_id = ?"
                + " WHERE x.viewer_domain_id = ?))', "
                + ":" + VisibilityParameter.GROUPS_ALL + ", "
                + path + ", :" + VisibilityParameter.GROUP_DOMAIN + ", "
                + path + ", :" + VisibilityParameter.VIEWER_CONTACT + ", :" + VisibilityParameter.CALLER_DOMAIN + ") = 1";
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
