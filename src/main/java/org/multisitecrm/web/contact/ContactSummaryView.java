package org.multisitecrm.web.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.security.Caller;
import org.multisitecrm.security.Permission;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;
import org.multisitecrm.web.record.RecordTable;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The contact summary ({@code view.xhtml?id=}): the contact, its tabs, and the trash, restore and
 * permanent delete its user may do. A contact this user cannot see is the not-found page.
 */
@Named("contactSummary")
@ViewScoped
public class ContactSummaryView implements Serializable {

    @Inject
    private ContactBackOffice contacts;

    private String id;
    private Map<String, Object> contact;
    private List<RecordTable> tabs;

    public void load() {
        contact = contacts.contact(contactId());
        tabs = contacts.tabs(contactId());
    }

    /** To the trash, then back to the search: a user who cannot see the trash could not see this page any more. */
    public void trash() throws IOException {
        leave(() -> contacts.trash(contactId()), contact.get("display_name") + " moved to the trash");
    }

    public void restore() {
        act(() -> contacts.restore(contactId()), contact.get("display_name") + " restored from the trash");
    }

    public void deletePermanently() throws IOException {
        leave(() -> contacts.deletePermanently(contactId()), contact.get("display_name") + " deleted permanently");
    }

    private void leave(Runnable change, String done) throws IOException {
        if (FacesMessages.attempt(change, "actions")) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.getFlash().put("notice", done);
            context.redirect(context.getRequestContextPath() + "/contact/search.xhtml");
        }
    }

    private void act(Runnable change, String done) {
        if (FacesMessages.attempt(change, "actions")) {
            load();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, done);
        }
    }

    public boolean isDeleted() {
        return Boolean.TRUE.equals(contact.get("is_deleted"));
    }

    public boolean isMayTrash() {
        return !isDeleted();
    }

    public boolean isMayRestore() {
        return isDeleted() && Caller.require().has(Permission.ACCESS_DELETED_CONTACTS);
    }

    public boolean isMayDeletePermanently() {
        return Caller.require().has(Permission.DELETE_CONTACTS);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The contact asked for; an id that is no number names no contact, like one of another domain. */
    private long contactId() {
        return PageIds.parse(id, "contact");
    }

    public Map<String, Object> getContact() {
        return contact;
    }

    public List<RecordTable> getTabs() {
        return tabs;
    }
}
