package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.infrastructure.validation.Conflict;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.tenancy.Domain;

import java.util.List;

/**
 * Saved searches, the criteria of smart groups. Their criteria are checked when written (Contact
 * only, fields and operators smart groups understand). A search already driving a group may be
 * changed only by someone who sees that group: a branch cannot rewrite another site's smart group.
 */
@ApplicationScoped
public class SavedSearchService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private SmartGroupCriteria criteria;

    @Transactional
    public SavedSearch create(String name, String label, String apiEntity, String apiParams) {
        Caller caller = GroupManagers.require("SavedSearch", "create", null);
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new InvalidInput("name", "1 to 255 characters");
        }
        String entity = apiEntity == null ? "Contact" : apiEntity;
        criteria.validateSavedParams(entity, apiParams, false);
        boolean taken = Caller.system("saved search name uniqueness").call(() -> em.createQuery(
                "SELECT COUNT(s) FROM SavedSearch s WHERE s.name = :n", Long.class).setParameter("n", name).getSingleResult() > 0);
        if (taken) {
            throw new InvalidInput("name", "is already in use by a saved search; choose another");
        }
        SavedSearch search = new SavedSearch(name, label, entity, apiParams, caller.domainId().orElse(null));
        em.persist(search);
        em.flush();
        return search;
    }

    @Transactional
    public SavedSearch update(long id, String label, String apiParams) {
        SavedSearch search = requireEditable(id, "update");
        criteria.validateSavedParams(search.getApiEntity(), apiParams, !groupsUsing(id).isEmpty());
        search.revise(label, apiParams);
        em.flush();
        return search;
    }

    @Transactional
    public void delete(long id) {
        SavedSearch search = requireEditable(id, "delete");
        if (!groupsUsing(id).isEmpty()) {
            throw new Conflict("saved search " + id + " holds the criteria of group " + groupsUsing(id).get(0)
                    + ": delete the group first");
        }
        em.remove(search);
        em.flush();
    }

    /**
     * A search a new smart group may take: it drives no group yet and was saved in the caller's site
     * tree. Another site's search is answered exactly as a missing one, so taking it reveals nothing and
     * cannot lock its owner out of it.
     */
    SavedSearch requireUnused(long id, Caller caller) {
        SavedSearch search = em.find(SavedSearch.class, id);
        if (search == null || !groupsUsing(id).isEmpty() || !inSiteTree(search, caller)) {
            if (search != null) {
                Refusals.recordHidden("SavedSearch", id, "use", "saved search " + id + " is in use or outside the site tree of " + caller);
            }
            throw new InvalidInput("saved_search_id", "no unused saved search " + id + " is available to this site");
        }
        try {
            criteria.validateSavedParams(search.getApiEntity(), search.getApiParams(), true);
        } catch (InvalidInput unfit) {
            throw new InvalidInput("saved_search_id", "saved search " + id + " cannot drive a group: " + unfit.getMessage());
        }
        return search;
    }

    /** The search, if the caller may change it (and so its displays); else refused and audited. */
    SavedSearch requireEditable(long id, String action) {
        Caller caller = GroupManagers.require("SavedSearch", action, id);
        SavedSearch search = find(id);
        if (GroupManagers.administersOrganizations(caller)) {
            return search;
        }
        List<Long> groups = groupsUsing(id);
        for (long groupId : groups) {
            if (em.find(ContactGroup.class, groupId) == null) {
                throw Refusals.refuse("SavedSearch", id, action, "it holds the criteria of group " + groupId
                        + ", outside the site tree of " + caller);
            }
        }
        if (groups.isEmpty() && !inSiteTree(search, caller)) {
            throw Refusals.refuse("SavedSearch", id, action, "it was saved by another site: only that site (or head office) changes it");
        }
        return search;
    }

    /** Whether the search was saved on the caller's domain or a domain below it. */
    private boolean inSiteTree(SavedSearch search, Caller caller) {
        if (GroupManagers.administersOrganizations(caller)) {
            return true;
        }
        if (search.createdDomainId().isEmpty() || caller.domainId().isEmpty()) {
            return false;
        }
        long own = caller.domainId().get();
        for (Domain d = em.find(Domain.class, search.createdDomainId().get()); d != null; d = d.getParent()) {
            if (d.getId() == own) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public SavedSearch get(long id) {
        return find(id);
    }

    private SavedSearch find(long id) {
        SavedSearch search = em.find(SavedSearch.class, id);
        if (search == null) {
            throw new NotFound("SavedSearch", id);
        }
        return search;
    }

    private List<Long> groupsUsing(long searchId) {
        return Caller.system("groups driven by a saved search").call(() -> em.createQuery(
                        "SELECT g.id FROM ContactGroup g WHERE g.savedSearchId = :s ORDER BY g.id", Long.class)
                .setParameter("s", searchId).getResultList());
    }
}
