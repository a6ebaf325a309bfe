package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.multisitecrm.contact.Contact;
import org.multisitecrm.contact.ContactCreated;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.security.audit.Refusals;
import org.multisitecrm.security.visibility.VisibilityIndex;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.setting.StoredSettings;
import org.multisitecrm.tenancy.Domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups, their nesting, their organisation links and their members, under the seed's multisite
 * rules. A branch user works inside their site tree only: they cannot nest a group outside it, link a
 * group to another organisation, or hard-add a contact they cannot edit. Structural changes refresh
 * the visibility index before the transaction ends.
 */
@ApplicationScoped
public class GroupService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_ .-]{1,64}");

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Inject
    private VisibilityIndex visibilityIndex;

    @Inject
    private EffectiveSettings effectiveSettings;

    @Inject
    private SmartGroupCriteria smartCriteria;

    @Inject
    private SavedSearchService savedSearches;

    @Transactional
    public ContactGroup create(GroupSpec spec) {
        Caller caller = GroupManagers.require("Group", "create", null);
        if (spec.name() == null || !NAME.matcher(spec.name()).matches()) {
            throw new InvalidInput("name", "1 to 64 letters, digits, spaces or _ . -");
        }
        validTitle(spec.title());
        boolean taken = Caller.system("group name uniqueness").call(() -> em.createQuery(
                "SELECT COUNT(g) FROM ContactGroup g WHERE g.name = :n", Long.class).setParameter("n", spec.name()).getSingleResult() > 0);
        if (taken) {
            throw new InvalidInput("name", "is already in use by a group; choose another");
        }
        ContactGroup group = new ContactGroup(spec.name(), spec.title().trim());
        group.setDescription(spec.description());
        group.setCreatedId(caller.contactId().orElse(null));
        if (spec.smartCriteria() != null && spec.savedSearchId() != null) {
            throw new InvalidInput("saved_search_id", "give either a saved search or criteria, not both");
        }
        if (spec.savedSearchId() != null) {
            group.setSavedSearchId(savedSearches.requireUnused(spec.savedSearchId(), caller).getId());
        } else if (spec.smartCriteria() != null) {
            smartCriteria.validate(spec.smartCriteria());
            SavedSearch search = new SavedSearch("group_" + spec.name(), spec.title(), "{\"where\":" + spec.smartCriteria() + "}",
                    caller.domainId().orElse(null));
            em.persist(search);
            em.flush();
            group.setSavedSearchId(search.getId());
        }
        em.persist(group);
        em.flush();
        boolean administersOrganizations = GroupManagers.administersOrganizations(caller);
        long ownOrganization = ownOrganization(caller);
        if (!administersOrganizations && spec.organizationId() != null && spec.organizationId() != ownOrganization) {
            throw Refusals.refuse("GroupOrganization", spec.organizationId(), "create",
                    "only 'administer Multiple Organizations' links a group to another organisation");
        }
        for (long parent : spec.parentIds()) {
            nest(group.getId(), parent, caller);
        }
        if (spec.organizationId() != null) {
            em.persist(new GroupOrganization(group.getId(), spec.organizationId()));
        } else if (spec.parentIds().isEmpty() || !administersOrganizations) {
            em.persist(new GroupOrganization(group.getId(), ownOrganization));
        }
        em.flush();
        visibilityIndex.refreshStructure();
        return group;
    }

    @Transactional
    public ContactGroup get(long id) {
        ContactGroup group = em.find(ContactGroup.class, id);
        if (group == null) {
            throw new NotFound("Group", id);
        }
        return group;
    }

    /** The groups the caller sees: their site tree, or all with 'administer Multiple Organizations'. */
    @Transactional
    public List<ContactGroup> visibleGroups() {
        return em.createQuery("SELECT g FROM ContactGroup g ORDER BY g.title", ContactGroup.class).getResultList();
    }

    /** Changes what a group says of itself; its name, nesting, links and members have their own methods. */
    @Transactional
    public ContactGroup update(long groupId, GroupDetails details) {
        GroupManagers.require("Group", "update", groupId);
        ContactGroup group = get(groupId);
        validTitle(details.title());
        if (!GroupDetails.VISIBILITIES.contains(details.visibility())) {
            throw new InvalidInput("visibility", "one of " + String.join(", ", GroupDetails.VISIBILITIES));
        }
        if (group.isReserved() && !details.isActive()) {
            throw new InvalidInput("is_active", "group " + groupId + " is reserved (a domain group) and stays active");
        }
        group.apply(details);
        em.flush();
        return group;
    }

    @Transactional
    public GroupNesting addParent(long childId, long parentId) {
        Caller caller = GroupManagers.require("GroupNesting", "create", childId);
        GroupNesting nesting = nest(childId, parentId, caller);
        em.flush();
        visibilityIndex.refreshStructure();
        return nesting;
    }

    @Transactional
    public void removeParent(long childId, long parentId) {
        GroupManagers.require("GroupNesting", "delete", childId);
        get(childId);
        get(parentId);
        em.createQuery("DELETE FROM GroupNesting n WHERE n.childGroupId = :c AND n.parentGroupId = :p")
                .setParameter("c", childId).setParameter("p", parentId).executeUpdate();
        visibilityIndex.refreshStructure();
    }

    /** Links a group to an organisation ('administer Multiple Organizations' only). */
    @Transactional
    public GroupOrganization linkOrganization(long groupId, long organizationId) {
        Caller caller = GroupManagers.require("GroupOrganization", "create", groupId);
        get(groupId);
        if (!GroupManagers.administersOrganizations(caller)) {
            throw Refusals.refuse("GroupOrganization", groupId, "create",
                    "only 'administer Multiple Organizations' links a group to an organisation");
        }
        Contact organization = em.find(Contact.class, organizationId);
        if (organization == null || organization.getContactType() != org.multisitecrm.contact.ContactType.Organization) {
            throw new InvalidInput("organization_id", "no organisation has id " + organizationId);
        }
        GroupOrganization link = new GroupOrganization(groupId, organizationId);
        em.persist(link);
        em.flush();
        visibilityIndex.refreshStructure();
        return link;
    }

    /** Ends a group's link to an organisation ('administer Multiple Organizations' only). */
    @Transactional
    public void unlinkOrganization(long linkId) {
        Caller caller = GroupManagers.require("GroupOrganization", "delete", linkId);
        GroupOrganization link = em.find(GroupOrganization.class, linkId);
        if (link == null) {
            throw new NotFound("GroupOrganization", linkId);
        }
        if (!GroupManagers.administersOrganizations(caller)) {
            throw Refusals.refuse("GroupOrganization", linkId, "delete",
                    "only 'administer Multiple Organizations' unlinks a group from an organisation");
        }
        em.remove(link);
        em.flush();
        visibilityIndex.refreshStructure();
    }

    /** Adds (or re-adds) a contact with a status; only 'Added' is a hard-add. */
    @Transactional
    public GroupContact setGroupContact(long groupId, long contactId, GroupContactStatus status) {
        GroupManagers.require("GroupContact", "update", groupId);
        ContactGroup group = get(groupId);
        if (em.find(Contact.class, contactId) == null) {
            throw new NotFound("Contact", contactId);
        }
        GroupContact membership = em.createQuery(
                        "SELECT gc FROM GroupContact gc WHERE gc.groupId = :g AND gc.contactId = :c", GroupContact.class)
                .setParameter("g", group.getId()).setParameter("c", contactId).getResultStream().findFirst().orElse(null);
        if (membership == null) {
            membership = new GroupContact(groupId, contactId, status);
            em.persist(membership);
        } else {
            membership.setStatus(status);
        }
        em.flush();
        return membership;
    }

    /**
     * Who is in a group, as the caller sees it: its hard-added contacts and, for a smart group, the
     * contacts its criteria match, both limited to what the caller may see (a smart group never widens it).
     */
    @Transactional
    public List<Contact> members(long groupId) {
        ContactGroup group = get(groupId);
        Set<Contact> members = new java.util.LinkedHashSet<>(em.createQuery("SELECT c FROM Contact c, GroupContact gc"
                        + " WHERE gc.contactId = c.id AND gc.groupId = :g AND gc.status = org.multisitecrm.group.GroupContactStatus.Added"
                        + " ORDER BY c.sortName", Contact.class)
                .setParameter("g", groupId).getResultList());
        if (group.isSmart()) {
            SavedSearch search = em.find(SavedSearch.class, group.getSavedSearchId());
            members.addAll(smartCriteria.matching(search.getApiParams()));
        }
        return List.copyOf(members);
    }

    /**
     * The ids of a group's members as the caller sees them, for work on many at once (a mailing's
     * recipients): hard-added contacts and, for a smart group, those its criteria match, minus those
     * Removed from it (CiviCRM's rule: a removal outlasts a smart match).
     */
    @Transactional
    public Set<Long> memberIds(long groupId) {
        ContactGroup group = get(groupId);
        Set<Long> ids = new java.util.LinkedHashSet<>(em.createQuery("SELECT c.id FROM Contact c, GroupContact gc"
                        + " WHERE gc.contactId = c.id AND gc.groupId = :g AND gc.status = org.multisitecrm.group.GroupContactStatus.Added"
                        + " ORDER BY c.id", Long.class)
                .setParameter("g", groupId).getResultList());
        if (group.isSmart()) {
            ids.addAll(smartCriteria.matchingIds(em.find(SavedSearch.class, group.getSavedSearchId()).getApiParams()));
            ids.removeAll(em.createQuery("SELECT gc.contactId FROM GroupContact gc WHERE gc.groupId = :g"
                    + " AND gc.status = org.multisitecrm.group.GroupContactStatus.Removed", Long.class).setParameter("g", groupId)
                    .getResultList());
        }
        return ids;
    }

    /** Deletes a group: memberships first (so the visibility triggers see them end), then the group. */
    @Transactional
    public void delete(long groupId) {
        GroupManagers.require("Group", "delete", groupId);
        ContactGroup group = get(groupId);
        if (group.isReserved()) {
            throw new InvalidInput("is_reserved", "group " + groupId + " is reserved (a domain group)");
        }
        Caller.system("removing the memberships of a deleted group").run(() -> {
            em.createQuery("SELECT gc FROM GroupContact gc WHERE gc.groupId = :g", GroupContact.class)
                    .setParameter("g", groupId).getResultList().forEach(em::remove);
            em.flush();
        });
        em.remove(group);
        em.flush();
        visibilityIndex.refreshStructure();
    }

    /** CiviCRM's multisite rule: a contact created on a domain is hard-added to that domain's group. */
    void onContactCreated(@Observes ContactCreated event) {
        addToDomainGroup(event.contactId());
    }

    /** Hard-adds a contact just created on the bound domain to its domain group (multisite). */
    @Transactional
    public void addToDomainGroup(long contactId) {
        if (!effectiveSettings.isTrue(StoredSettings.MULTISITE_IS_ENABLED)) {
            return;
        }
        effectiveSettings.longValue(StoredSettings.DOMAIN_GROUP_ID).ifPresent(groupId -> {
            em.persist(new GroupContact(groupId, contactId, GroupContactStatus.Added));
            em.flush();
        });
    }

    private static void validTitle(String title) {
        if (title == null || title.isBlank() || title.length() > 255) {
            throw new InvalidInput("title", "1 to 255 characters");
        }
    }

    private GroupNesting nest(long childId, long parentId, Caller caller) {
        get(childId);
        if (!GroupManagers.administersOrganizations(caller)) {
            Set<Long> tree = visibilityIndex.groupsOf(caller.domainId().orElseThrow());
            if (!tree.contains(parentId)) {
                throw Refusals.refuse("GroupNesting", parentId, "create",
                        "group " + parentId + " is outside the site tree of " + caller + ": only 'administer Multiple Organizations' nests there");
            }
        }
        get(parentId);
        wholeTree().requireNestable(childId, parentId);
        GroupNesting existing = em.createQuery("SELECT n FROM GroupNesting n WHERE n.childGroupId = :c AND n.parentGroupId = :p",
                        GroupNesting.class)
                .setParameter("c", childId).setParameter("p", parentId).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        GroupNesting nesting = new GroupNesting(childId, parentId);
        em.persist(nesting);
        return nesting;
    }

    /** Every nesting of every domain: a cycle can pass through groups the caller cannot see. */
    private GroupTree wholeTree() {
        return Caller.system("cycle check over the whole group tree").call(() -> GroupTree.of(em.createQuery(
                        "SELECT n.parentGroupId, n.childGroupId FROM GroupNesting n", Object[].class).getResultStream()
                .map(row -> new GroupTree.Edge((Long) row[0], (Long) row[1])).toList()));
    }

    private long ownOrganization(Caller caller) {
        long domainId = caller.domainId().orElseThrow(() -> new IllegalStateException("no domain bound for " + caller));
        return Caller.system("the domain's organisation").call(() -> em.find(Domain.class, domainId).getContact().getId());
    }

}
