package org.multisitecrm.web.menu;

import java.io.Serializable;
import java.util.Map;

/** One menu entry as the editor holds it while it is changed: its label, weight and whether it shows. */
public class MenuEntryRow implements Serializable {

    private final long id;
    private final String url;
    private final String parent;
    private final String permission;
    private String label;
    private int weight;
    private boolean active;
    private int separator;

    MenuEntryRow(Map<String, Object> row) {
        this.id = ((Number) row.get("id")).longValue();
        this.url = (String) row.get("url");
        this.parent = (String) row.get("parent_id.label");
        this.permission = (String) row.get("permission");
        this.label = (String) row.get("label");
        this.weight = ((Number) row.get("weight")).intValue();
        this.active = Boolean.TRUE.equals(row.get("is_active"));
        this.separator = row.get("has_separator") instanceof Number n ? n.intValue() : 0;
    }

    public long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getParent() {
        return parent;
    }

    public String getPermission() {
        return permission;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSeparator() {
        return separator;
    }

    public void setSeparator(int separator) {
        this.separator = separator;
    }
}
