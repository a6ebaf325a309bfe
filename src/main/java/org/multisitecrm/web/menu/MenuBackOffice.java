package org.multisitecrm.web.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.catalog.CatalogWrites;
import org.multisitecrm.catalog.EntityCatalog;
import org.multisitecrm.web.record.Rows;

import java.util.List;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** The menu editor's unit of work: the domain's menu entries through the catalogue, changed as its administrators may. */
@ApplicationScoped
@Transactional
public class MenuBackOffice {

    private static final int MAX_ENTRIES = 500;

    @Inject
    private CatalogReads reads;
    @Inject
    private CatalogWrites writes;
    @Inject
    private EntityCatalog entities;

    public List<Map<String, Object>> entries() {
        return reads.rows("Navigation", List.of("id", "label", "name", "url", "parent_id", "parent_id.label", "weight", "is_active", "has_separator", "permission"),
                JSON.createArrayBuilder().build(), JSON.createObjectBuilder().add("parent_id", "ASC").add("weight", "ASC").build(), 0,
                MAX_ENTRIES).stream().map(Rows::plain).toList();
    }

    public void update(long id, String label, int weight, boolean active, int separator) {
        writes.update(entities.require("Navigation"), JSON.createArrayBuilder().add(JSON.createArrayBuilder().add("id").add("=").add(id)).build(),
                JSON.createObjectBuilder().add("label", label == null ? "" : label).add("weight", weight).add("is_active", active)
                        .add("has_separator", separator).build());
    }

    public void create(String label, String url, Long parentId, String permission) {
        JsonObjectBuilder values = JSON.createObjectBuilder().add("label", label == null ? "" : label)
                .add("name", label == null ? "" : label.trim()).add("url", url == null ? "" : url).add("weight", 50);
        if (parentId != null) {
            values.add("parent_id", parentId);
        }
        if (permission != null && !permission.isBlank()) {
            values.add("permission", permission);
        }
        writes.create(entities.require("Navigation"), values.build());
    }
}
