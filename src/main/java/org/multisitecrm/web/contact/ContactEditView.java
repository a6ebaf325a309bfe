package org.multisitecrm.web.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Creating ({@code edit.xhtml?ct=Individual}) and editing ({@code edit.xhtml?id=}) a contact. The
 * catalogue's refusals appear next to the field they name; on create, contacts this user already sees
 * with the same email are shown first and the user confirms or opens one of them.
 */
@Named("contactEdit")
@ViewScoped
public class ContactEditView implements Serializable {

    @Inject
    private ContactBackOffice contacts;

    private String id;
    private String ct;
    private ContactForm form;
    private String displayName;
    private List<Map<String, Object>> duplicates = List.of();
    /** The email whose duplicates were shown: saving again with it creates the contact anyway. */
    private String warnedEmail;

    public void load() {
        if (form != null) {
            return;
        }
        if (id != null) {
            Map<String, Object> contact = contacts.contact(contactId());
            form = ContactForm.of(contact);
            displayName = (String) contact.get("display_name");
        } else {
            form = new ContactForm();
            form.setContactType(List.of("Individual", "Organization", "Household").contains(ct) ? ct : "Individual");
        }
    }

    public void save() throws IOException {
        long saved;
        try {
            if (isCreating()) {
                if (form.hasEmail() && !form.getEmail().trim().equalsIgnoreCase(warnedEmail)) {
                    duplicates = contacts.sameEmail(form.getEmail());
                    if (!duplicates.isEmpty() && !contacts.emailsUniqueHere()) {
                        warnedEmail = form.getEmail().trim();
                        FacesMessages.global(FacesMessage.SEVERITY_WARN, "A contact with this email already exists: open it,"
                                + " or save again to create another one");
                        return;
                    }
                }
                saved = contacts.create(form);
            } else {
                saved = contactId();
                contacts.update(saved, form);
            }
        } catch (RuntimeException e) {
            if (!FacesMessages.show(e, "contact")) {
                throw e;
            }
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getFlash().put("notice", isCreating() ? "Contact created" : "Contact saved");
        context.redirect(context.getRequestContextPath() + "/contact/view.xhtml?id=" + saved);
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getTitle() {
        return isCreating() ? "New " + form.getContactType() : "Edit " + displayName;
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

    public String getCt() {
        return ct;
    }

    public void setCt(String ct) {
        this.ct = ct;
    }

    public ContactForm getForm() {
        return form;
    }

    public List<Map<String, Object>> getDuplicates() {
        return duplicates;
    }
}
