package org.multisitecrm.web.group;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.web.record.FacesMessages;
import org.primefaces.model.TreeNode;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Manage Groups: the tree of the groups this user sees here, and a new group under one of them, smart if it takes a saved search. */
@Named("groupsPage")
@ViewScoped
public class GroupsView implements Serializable {

    @Inject
    private GroupBackOffice groups;

    private TreeNode<Map<String, Object>> tree;
    private List<SelectItem> parents;
    private List<SelectItem> savedSearches;
    private final GroupForm form = new GroupForm();

    @PostConstruct
    void load() {
        tree = groups.tree();
        parents = groups.groups().stream().map(g -> new SelectItem(g.get("id"), (String) g.get("title"))).toList();
        savedSearches = groups.unusedSavedSearches().stream()
                .map(s -> new SelectItem(s.get("id"), s.get("label") == null ? (String) s.get("name") : (String) s.get("label"))).toList();
    }

    public void create() throws IOException {
        long id;
        try {
            id = groups.create(form);
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, "new-group")) {
                throw e;
            }
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getFlash().put("notice", "Group " + form.getTitle() + " created");
        context.redirect(context.getRequestContextPath() + "/group/view.xhtml?id=" + id);
    }

    public TreeNode<Map<String, Object>> getTree() {
        return tree;
    }

    public List<SelectItem> getParents() {
        return parents;
    }

    public List<SelectItem> getSavedSearches() {
        return savedSearches;
    }

    public GroupForm getForm() {
        return form;
    }
}
