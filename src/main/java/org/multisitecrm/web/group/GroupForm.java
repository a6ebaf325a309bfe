package org.multisitecrm.web.group;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.util.Map;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/** What the group form edits; a new group's machine name is made from its title, as CiviCRM makes it. */
public class GroupForm implements Serializable {

    private static final int NAME_LENGTH = 64;

    private String title;
    private String description;
    private boolean active = true;
    private Long parentId;
    private Long savedSearchId;

    static GroupForm of(Map<String, Object> group) {
        GroupForm form = new GroupForm();
        form.title = (String) group.get("title");
        form.description = (String) group.get("description");
        form.active = Boolean.TRUE.equals(group.get("is_active"));
        return form;
    }

    JsonObject values(boolean creating) {
        JsonObjectBuilder values = JSON.createObjectBuilder().add("title", title == null ? "" : title.trim());
        if (description == null || description.isBlank()) {
            values.addNull("description");
        } else {
            values.add("description", description.trim());
        }
        if (creating) {
            values.add("name", name(title));
            if (savedSearchId != null) {
                values.add("saved_search_id", savedSearchId);
            }
        } else {
            values.add("is_active", active);
        }
        return values.build();
    }

    /** CiviCRM's name of a group: its title with what a name may not hold turned into underscores. */
    static String name(String title) {
        String name = (title == null ? "" : title.trim()).replaceAll("[^A-Za-z0-9 _.-]", "_");
        return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    /** A smart group's criteria: a saved search of contacts, used by no other group. */
    public Long getSavedSearchId() {
        return savedSearchId;
    }

    public void setSavedSearchId(Long savedSearchId) {
        this.savedSearchId = savedSearchId;
    }
}
