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
        GroupManagers.require("SavedSearch", "create", null);
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new InvalidInput("name", "1 to 255 characters");
        }
        if (apiEntity != null && !apiEntity.equals("Contact")) {
            throw new InvalidInput("api_entity", "smart groups search Contact only");
        }
        criteria.validateSavedParams(apiParams);
        boolean taken = Caller.system("saved search name uniqueness").call(() -> em.createQuery(
                "SELECT COUNT(s) FROM SavedSearch s WHERE s.name = :n", Long.class).setParameter("n", name).getSingleResult() > 0);
        if (taken) {
            throw new InvalidInput("name", "a saved search named '" + name + "' already exists");
        }
        SavedSearch search = new SavedSearch(name, label, apiParams);
        em.persist(search);
        em.flush();
        return search;
    }

    @Transactional
    public SavedSearch update(long id, String label, String apiParams) {
        SavedSearch search = requireEditable(id, "update");
        criteria.validateSavedParams(apiParams);
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

    /** A search a new smart group may take: it exists and drives no other group. */
    SavedSearch requireUnused(long id) {
        SavedSearch search = find(id);
        if (!groupsUsing(id).isEmpty()) {
            throw new InvalidInput("saved_search_id", "saved search " + id + " already holds the criteria of group "
                    + groupsUsing(id).get(0));
        }
        return search;
    }

    private SavedSearch requireEditable(long id, String action) {
        Caller caller = GroupManagers.require("SavedSearch", action, id);
        SavedSearch search = find(id);
        if (!GroupManagers.administersOrganizations(caller)) {
            for (long groupId : groupsUsing(id)) {
                if (em.find(ContactGroup.class, groupId) == null) {
                    throw Refusals.refuse("SavedSearch", id, action, "it holds the criteria of group " + groupId
                            + ", outside the site tree of " + caller);
                }
            }
        }
        return search;
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
