package org.multisitecrm.web.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.web.record.Rows;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * The group pages' unit of work: each call one transaction through the catalogue, so the tree holds
 * only the groups and nestings the user sees, and every change meets the API's group rules.
 */
@ApplicationScoped
@Transactional
public class GroupBackOffice {

    static final List<String> GROUP_FIELDS = List.of("id", "name", "title", "description", "is_active", "visibility",
            "is_reserved", "saved_search_id");
    private static final int MAX_GROUPS = 2_000;
    private static final int CHOICES = 10;
    private static final String CONTACT = "Contact";

    @Inject
    private CatalogReads reads;

    @Inject
    private CatalogWrites writes;

    @Inject
    private EntityCatalog entities;

    /** The visible groups, each under each visible parent, the ones without a visible parent at the top. */
    public TreeNode<Map<String, Object>> tree() {
        Map<Long, Map<String, Object>> groups = new LinkedHashMap<>();
        reads.rows("Group", GROUP_FIELDS, JsonArray.EMPTY_JSON_ARRAY, JSON.createObjectBuilder().add("title", "ASC").build(), 0, MAX_GROUPS)
                .forEach(row -> groups.put(row.getJsonNumber("id").longValue(), Rows.plain(row)));
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        Set<Long> nested = new HashSet<>();
        for (JsonObject nesting : reads.rows("GroupNesting", List.of("child_group_id", "parent_group_id"), JsonArray.EMPTY_JSON_ARRAY,
                JsonObject.EMPTY_JSON_OBJECT, 0, MAX_GROUPS * 4)) {
            long child = nesting.getJsonNumber("child_group_id").longValue();
            long parent = nesting.getJsonNumber("parent_group_id").longValue();
            if (groups.containsKey(child) && groups.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
                nested.add(child);
            }
        }
        TreeNode<Map<String, Object>> root = new DefaultTreeNode<>(Map.of(), null);
        groups.keySet().stream().filter(id -> !nested.contains(id)).forEach(id -> attach(root, id, groups, children, new HashSet<>()));
        return root;
    }

    private static void attach(TreeNode<Map<String, Object>> parent, long id, Map<Long, Map<String, Object>> groups,
                               Map<Long, List<Long>> children, Set<Long> path) {
        if (!path.add(id)) {
            return; // the nesting rules forbid cycles; this keeps a page from looping if one ever slipped in
        }
        TreeNode<Map<String, Object>> node = new DefaultTreeNode<>(groups.get(id), parent);
        node.setExpanded(true);
        children.getOrDefault(id, List.of()).forEach(child -> attach(node, child, groups, children, path));
        path.remove(id);
    }

    /** Every visible group, for choosing a parent. */
    public List<Map<String, Object>> groups() {
        return reads.rows("Group", List.of("id", "title"), JsonArray.EMPTY_JSON_ARRAY, JSON.createObjectBuilder().add("title", "ASC").build(),
                0, MAX_GROUPS).stream().map(Rows::plain).toList();
    }

    public Map<String, Object> group(long id) {
        return Rows.plain(reads.one("Group", id, GROUP_FIELDS));
    }

    /** The saved searches the user sees that no group uses yet: the criteria a new smart group may take. */
    public List<Map<String, Object>> unusedSavedSearches() {
        Set<Long> used = new HashSet<>();
        reads.rows("Group", List.of("saved_search_id"), JSON.createArrayBuilder().add(JSON.createArrayBuilder()
                        .add("saved_search_id").add("IS NOT NULL")).build(), JsonObject.EMPTY_JSON_OBJECT, 0, MAX_GROUPS)
                .forEach(row -> used.add(row.getJsonNumber("saved_search_id").longValue()));
        return reads.rows("SavedSearch", List.of("id", "label", "name"), JSON.createArrayBuilder().add(JSON.createArrayBuilder()
                                .add("api_entity").add("=").add(CONTACT)).build(),
                        JSON.createObjectBuilder().add("label", "ASC").build(), 0, MAX_GROUPS).stream()
                .filter(row -> !used.contains(row.getJsonNumber("id").longValue())).map(Rows::plain).toList();
    }

    /** A smart group whose criteria are these conditions on contacts: a saved search and its group, in one transaction. */
    public long createSmart(String title, JsonArray where) {
        String name = GroupForm.name(title);
        long search = writes.create(entities.require("SavedSearch"), JSON.createObjectBuilder()
                .add("name", "smart_group_" + name).add("label", title == null ? "" : title.trim()).add("api_entity", CONTACT)
                .add("api_params", JSON.createObjectBuilder().add("where", where)).build()).getJsonNumber("id").longValue();
        GroupForm form = new GroupForm();
        form.setTitle(title);
        form.setSavedSearchId(search);
        return create(form);
    }

    /** A smart group's criteria, as its saved search holds them. */
    public JsonArray smartCriteria(long savedSearchId) {
        JsonObject search = reads.one("SavedSearch", savedSearchId, List.of("api_params"));
        return search.getJsonObject("api_params").getJsonArray("where");
    }

    /** The organisations the group is linked to (CiviCRM's civicrm_group_organization), which decide which domains see it. */
    public List<Map<String, Object>> organizations(long groupId) {
        return reads.rows("GroupOrganization", List.of("id", "organization_id", "organization_id.display_name"), byField("group_id", groupId),
                JsonObject.EMPTY_JSON_OBJECT, 0, CHOICES).stream().map(Rows::plain).toList();
    }

    public void linkOrganization(long groupId, long organizationId) {
        writes.create(entities.require("GroupOrganization"), JSON.createObjectBuilder()
                .add("group_id", groupId).add("organization_id", organizationId).build());
    }

    public void unlinkOrganization(long linkId) {
        if (writes.delete(entities.require("GroupOrganization"), byId(linkId), JsonObject.EMPTY_JSON_OBJECT).isEmpty()) {
            throw new NotFound("GroupOrganization", linkId);
        }
    }

    /** Whether the user may link groups to organisations (the separation of sites is head office's to change). */
    public boolean mayLinkOrganizations() {
        return writes.mayWrite(entities.require("GroupOrganization"));
    }

    /** Organisations the user sees whose name contains the text, to link a group to. */
    public List<Map<String, Object>> organizationsNamed(String text) {
        JsonArray where = JSON.createArrayBuilder()
                .add(JSON.createArrayBuilder().add("sort_name").add("CONTAINS").add(text.trim()))
                .add(JSON.createArrayBuilder().add("contact_type").add("=").add("Organization")).build();
        return reads.rows("Contact", List.of("id", "display_name"), where,
                JSON.createObjectBuilder().add("sort_name", "ASC").build(), 0, CHOICES).stream().map(Rows::plain).toList();
    }

    public long create(GroupForm form) {
        long id = writes.create(entities.require("Group"), form.values(true)).getJsonNumber("id").longValue();
        if (form.getParentId() != null) {
            writes.create(entities.require("GroupNesting"), JSON.createObjectBuilder()
                    .add("child_group_id", id).add("parent_group_id", form.getParentId()).build());
        }
        return id;
    }

    public void update(long id, GroupForm form) {
        if (writes.update(entities.require("Group"), byId(id), form.values(false)).isEmpty()) {
            throw new NotFound("Group", id);
        }
    }

    public void addMember(long groupId, long contactId) {
        writes.create(entities.require("GroupContact"), JSON.createObjectBuilder()
                .add("group_id", groupId).add("contact_id", contactId).add("status", "Added").build());
    }

    /** CiviCRM's removal: the membership's status becomes Removed, its history kept. */
    public void removeMember(long groupId, long contactId) {
        JsonArray where = JSON.createArrayBuilder()
                .add(JSON.createArrayBuilder().add("group_id").add("=").add(groupId))
                .add(JSON.createArrayBuilder().add("contact_id").add("=").add(contactId)).build();
        if (writes.update(entities.require("GroupContact"), where, JSON.createObjectBuilder().add("status", "Removed").build()).isEmpty()) {
            throw new NotFound("GroupContact", contactId);
        }
    }

    /** Contacts the user sees whose name contains the text, to add to a group. */
    public List<Map<String, Object>> contactsNamed(String text) {
        JsonArray where = JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("sort_name").add("CONTAINS").add(text.trim())).build();
        return reads.rows("Contact", List.of("id", "sort_name", "contact_type"), where,
                JSON.createObjectBuilder().add("sort_name", "ASC").build(), 0, CHOICES).stream().map(Rows::plain).toList();
    }

    private static JsonArray byId(long id) {
        return byField("id", id);
    }

    private static JsonArray byField(String field, long id) {
        return JSON.createArrayBuilder().add(JSON.createArrayBuilder().add(field).add("=").add(id)).build();
    }
}
