package org.multisitecrm.web.contact;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import org.multisitecrm.catalog.CatalogReads;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.setting.EffectiveSettings;
import org.multisitecrm.web.group.GroupBackOffice;
import org.multisitecrm.web.record.CatalogDataModel;
import org.multisitecrm.web.record.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.multisitecrm.infrastructure.validation.InvalidInput;

import java.io.Serializable;
import java.util.List;

import static org.multisitecrm.infrastructure.json.Jsons.JSON;

/**
 * Find Contacts: a lazy table of the contacts the user sees here, a page at a time, sorted and filtered
 * on the server by the catalogue's query; the header's quick search arrives as {@code q}. A name matches
 * from its start, or anywhere in it with the domain's {@code includeWildCardInName} (CiviCRM's default).
 */
@Named("contactSearch")
@ViewScoped
public class ContactSearchView implements Serializable {

    private static final List<String> COLUMNS = List.of("id", "sort_name", "display_name", "contact_type", "modified_date");

    @Inject
    private CatalogReads reads;

    @Inject
    private EffectiveSettings settings;

    @Inject
    private GroupBackOffice groups;

    private String q;
    private boolean trash;
    private CatalogDataModel contacts;
    private String smartGroupTitle;

    @PostConstruct
    void init() {
        contacts = new CatalogDataModel(reads, "Contact", COLUMNS, this::conditions);
    }

    private JsonArray conditions() {
        JsonArrayBuilder where = JSON.createArrayBuilder();
        if (q != null && !q.isBlank()) {
            // as the API's autocomplete: anywhere in the name with includeWildCardInName, else from its start
            String pattern = (settings.isTrue("includeWildCardInName") ? "%" : "") + q.trim() + "%";
            where.add(JSON.createArrayBuilder().add("OR").add(JSON.createArrayBuilder()
                    .add(JSON.createArrayBuilder().add("sort_name").add("LIKE").add(pattern))
                    .add(JSON.createArrayBuilder().add("display_name").add("LIKE").add(pattern))));
        }
        if (trash && isTrashVisible()) {
            where.add(JSON.createArrayBuilder().add("is_deleted").add("=").add(true));
        }
        return where.build();
    }

    /** CiviCRM's "create a smart group" from a search: the name filter as shown becomes the group's saved criteria. */
    public void saveAsSmartGroup() throws IOException {
        long id;
        try {
            if (!isFiltered()) {
                throw new InvalidInput("title", "search for a name first: its contacts become the group's criteria");
            }
            id = groups.createSmart(smartGroupTitle, conditions());
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, "smart-group")) {
                throw e;
            }
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getFlash().put("notice", "Smart group " + smartGroupTitle.trim() + " created");
        context.redirect(context.getRequestContextPath() + "/group/view.xhtml?id=" + id);
    }

    public boolean isFiltered() {
        return q != null && !q.isBlank() && !trash;
    }

    public String getSmartGroupTitle() {
        return smartGroupTitle;
    }

    public void setSmartGroupTitle(String smartGroupTitle) {
        this.smartGroupTitle = smartGroupTitle;
    }

    public boolean isTrashVisible() {
        return Caller.require().has(Permission.ACCESS_DELETED_CONTACTS);
    }

    public CatalogDataModel getContacts() {
        return contacts;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isTrash() {
        return trash;
    }

    public void setTrash(boolean trash) {
        this.trash = trash;
    }
}
