package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.security.DomainWork;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.security.visibility.VisibilityIndex;
import org.multisitecrm.setting.StoredSettings;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

import java.util.Optional;

/**
 * Every domain's domain group, for new and existing domains alike: the group ({@code domain_group_id},
 * multisite on), nested under the parent domain's group so that the group tree follows the domain tree,
 * with the domain's organisation contact hard-added. Idempotent: it completes what is missing.
 */
@ApplicationScoped
public class DomainGroupProvisioner implements DomainProvisioner {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private StoredSettings settings;

    @Inject
    private VisibilityIndex visibilityIndex;

    /**
     * Gives the domain its group, nested in its parent's, with its organisation hard-added; the
     * visibility index is refreshed only when this changed something: at start-up every domain is
     * provisioned, and a refresh each (the whole closure recomputed) made a hundred domains cost
     * seconds of every start. StartupSequence refreshes once after, for overrides edited meanwhile.
     */
    @Override
    public void provision(Domain domain) {
        boolean changed = false;
        Optional<Long> stored = settings.longValue(StoredSettings.DOMAIN_GROUP_ID);
        long groupId = stored.orElseGet(() -> createGroup(domain));
        changed |= stored.isEmpty();
        if (settings.json(StoredSettings.MULTISITE_IS_ENABLED).isEmpty()) {
            settings.put(StoredSettings.MULTISITE_IS_ENABLED, "true");
        }
        if (domain.getParent() != null) {
            Optional<Long> parentGroup = DomainWork.call(domain.getParent().getId(),
                    "the parent domain's group", () -> settings.longValue(StoredSettings.DOMAIN_GROUP_ID));
            if (parentGroup.isPresent()) {
                boolean nested = em.createQuery("SELECT COUNT(n) FROM GroupNesting n WHERE n.childGroupId = :c AND n.parentGroupId = :p",
                        Long.class).setParameter("c", groupId).setParameter("p", parentGroup.get()).getSingleResult() > 0;
                if (!nested) {
                    em.persist(new GroupNesting(groupId, parentGroup.get()));
                    changed = true;
                }
            }
        }
        if (domain.getContact() != null) {
            long organization = domain.getContact().getId();
            boolean added = em.createQuery("SELECT COUNT(gc) FROM GroupContact gc WHERE gc.groupId = :g AND gc.contactId = :c",
                    Long.class).setParameter("g", groupId).setParameter("c", organization).getSingleResult() > 0;
            if (!added) {
                em.persist(new GroupContact(groupId, organization, GroupContactStatus.Added));
                changed = true;
            }
        }
        em.flush();
        if (changed) {
            visibilityIndex.refreshStructure();
        }
    }

    private long createGroup(Domain domain) {
        ContactGroup group = new ContactGroup("domain_group_" + domain.getId(), domain.getName());
        group.setDescription("Domain group of " + domain.getName() + ": its hard-added contacts are seen from its site");
        group.setReserved(true);
        em.persist(group);
        em.flush();
        settings.put(StoredSettings.DOMAIN_GROUP_ID, String.valueOf(group.getId()));
        return group.getId();
    }
}
