package org.multisitecrm.web.menu;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.shell.BackOfficeRoutes;

import java.io.Serializable;
import java.util.List;

/**
 * Navigation Menu ({@code admin/menu.xhtml}): the domain's menu entries relabelled, reordered or hidden,
 * and a new entry added under a top-level one, opening one of the pages this back office has (so no
 * entry leads nowhere). Another domain's menu is not here.
 */
@Named("menuEditor")
@ViewScoped
public class MenuEditorView implements Serializable {

    @Inject
    private MenuBackOffice menu;

    private List<MenuEntryRow> entries;
    private String newLabel;
    private String newUrl;
    private Long newParent;
    private String newPermission = "access CiviCRM";

    @PostConstruct
    void load() {
        entries = menu.entries().stream().map(MenuEntryRow::new).toList();
    }

    public void save(MenuEntryRow row) {
        if (FacesMessages.attempt(() -> menu.update(row.getId(), row.getLabel(), row.getWeight(), row.isActive(), row.getSeparator()), "menu")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, row.getLabel() + " saved; the menu shows it from the next page");
            load();
        }
    }

    public void add() {
        if (FacesMessages.attempt(() -> menu.create(newLabel, newUrl, newParent, newPermission), "new-entry")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, newLabel.trim() + " added; the menu shows it from the next page");
            newLabel = null;
            newUrl = null;
            load();
        }
    }

    public List<SelectItem> getParents() {
        return entries.stream().filter(e -> e.getParent() == null).map(e -> new SelectItem(e.getId(), e.getLabel())).toList();
    }

    /** CiviCRM's separator choices, as the option list names them. */
    public List<SelectItem> getSeparators() {
        return List.of(new SelectItem(0, "None"), new SelectItem(1, "After"), new SelectItem(2, "Before"));
    }

    public List<String> getPages() {
        return BackOfficeRoutes.paths();
    }

    public List<MenuEntryRow> getEntries() {
        return entries;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public String getNewUrl() {
        return newUrl;
    }

    public void setNewUrl(String newUrl) {
        this.newUrl = newUrl;
    }

    public Long getNewParent() {
        return newParent;
    }

    public void setNewParent(Long newParent) {
        this.newParent = newParent;
    }

    public String getNewPermission() {
        return newPermission;
    }

    public void setNewPermission(String newPermission) {
        this.newPermission = newPermission;
    }
}
