package org.multisitecrm.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.security.NotFound;
import org.multisitecrm.catalog.CatalogEntity;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.catalog.RecordWriter;

/**
 * Nesting through {@link GroupService}: no cycles, and a branch user nests only under groups of their
 * own site tree. A nesting is created or deleted, never changed.
 */
@ApplicationScoped
class GroupNestingRecordWriter implements RecordWriter {

    @Inject
    private GroupService groups;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public long create(CatalogEntity entity, RecordValues values) {
        return groups.addParent(values.<Long>require("child_group_id"), values.<Long>require("parent_group_id")).getId();
    }

    @Override
    public void delete(CatalogEntity entity, long id, JsonObject params) {
        GroupNesting nesting = em.find(GroupNesting.class, id);
        if (nesting == null) {
            throw new NotFound("GroupNesting", id);
        }
        groups.removeParent(nesting.getChildGroupId(), nesting.getParentGroupId());
    }
}
