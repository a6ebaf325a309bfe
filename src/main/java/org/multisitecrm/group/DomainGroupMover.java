package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.security.DomainWork;
import org.multisitecrm.security.visibility.VisibilityIndex;
import org.multisitecrm.setting.StoredSettings;
import org.multisitecrm.tenancy.DomainMoved;

import java.util.Optional;

/**
 * A moved domain's group follows it: un-nested from the former parent's domain group and nested under
 * the new parent's, then the visibility index recomputed, so who sees the branch's contacts changes with
 * the move and nothing else does.
 */
@ApplicationScoped
public class DomainGroupMover {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private StoredSettings settings;

    @Inject
    private VisibilityIndex visibilityIndex;

    void moved(@Observes DomainMoved move) {
        long group = domainGroup(move.domainId())
                .orElseThrow(() -> new IllegalStateException("domain " + move.domainId() + " has no domain group"));
        domainGroup(move.formerParentId()).ifPresent(former -> em.createQuery(
                        "DELETE FROM GroupNesting n WHERE n.childGroupId = :c AND n.parentGroupId = :p")
                .setParameter("c", group).setParameter("p", former).executeUpdate());
        domainGroup(move.parentId()).ifPresent(parent -> em.persist(new GroupNesting(group, parent)));
        em.flush();
        visibilityIndex.refreshStructure();
    }

    private Optional<Long> domainGroup(long domainId) {
        return DomainWork.call(domainId, "the domain group of a moved domain", () -> settings.longValue(StoredSettings.DOMAIN_GROUP_ID));
    }
}
