package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

import java.util.List;
import java.util.Set;

/**
 * Groups through {@link GroupService}: a branch user's new group is linked to their domain's
 * organisation (the seed's preferred method), names are unique, a reserved domain group is never
 * deleted. A smart group names an unused saved search ({@code saved_search_id}). {@code parents} and
 * {@code children} are its nestings: the ones sent replace those the caller sees, each nesting checked
 * as {@code GroupNesting} checks it (inside the site tree, no cycle).
 */
@ApplicationScoped
class GroupRecordWriter implements RecordWriter {

    /** What the service decides; the rest (group_type, frontend title and description) are plain columns. */
    private static final Set<String> RULED = Set.of("name", "title", "description", "saved_search_id", "is_active", "visibility",
            "is_hidden", "parents", "children");

    @Inject
    private GroupService groups;

    @Inject
    private EntityCatalog catalog;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        ContactGroup group = groups.create(new GroupSpec(values.require("name"), values.require("title"),
                values.getOr("description", null), values.ids("parents"), null, null, values.getOr("saved_search_id", null)));
        if (values.has("is_active") || values.has("visibility") || values.has("is_hidden")) {
            groups.update(group.getId(), merged(group.details(), values));
        }
        writeColumns(group, values);
        if (values.has("children")) {
            nestChildren(group.getId(), values.ids("children"));
        }
        return group.getId();
    }

    @Override
    public void update(CatalogEntity entity, long id, RecordValues values) {
        ContactGroup group = groups.update(id, merged(groups.get(id).details(), values));
        writeColumns(group, values);
        if (values.has("parents")) {
            List<Long> wanted = values.ids("parents");
            List<Long> current = nestings("SELECT n.parentGroupId FROM GroupNesting n WHERE n.childGroupId = :g", id);
            wanted.stream().filter(p -> !current.contains(p)).forEach(p -> groups.addParent(id, p));
            current.stream().filter(p -> !wanted.contains(p)).forEach(p -> groups.removeParent(id, p));
        }
        if (values.has("children")) {
            nestChildren(id, values.ids("children"));
        }
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        groups.delete(id);
    }

    private void nestChildren(long id, List<Long> wanted) {
        List<Long> current = nestings("SELECT n.childGroupId FROM GroupNesting n WHERE n.parentGroupId = :g", id);
        wanted.stream().filter(c -> !current.contains(c)).forEach(c -> groups.addParent(c, id));
        current.stream().filter(c -> !wanted.contains(c)).forEach(c -> groups.removeParent(c, id));
    }

    /** The nestings the caller sees, read under its visibility as any read of GroupNesting. */
    private List<Long> nestings(String jpql, long groupId) {
        return em.createQuery(jpql, Long.class).setParameter("g", groupId).getResultList();
    }

    private void writeColumns(ContactGroup group, RecordValues values) {
        RecordValues plain = values.without(RULED);
        if (!plain.isEmpty()) {
            catalog.applyFields(group, plain);
            em.flush();
        }
    }

    private static GroupDetails merged(GroupDetails current, RecordValues values) {
        return new GroupDetails(values.getOr("title", current.title()), values.getOr("description", current.description()),
                values.getOr("is_active", current.isActive()), values.getOr("visibility", current.visibility()),
                values.getOr("is_hidden", current.isHidden()));
    }
}
