package org.multisitecrm.web.mailing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import org.multisitecrm.mailing.FromAddress;
import org.multisitecrm.mailing.MailingService;
import org.multisitecrm.web.record.FacesMessages;
import org.multisitecrm.web.record.PageIds;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mailing ({@code mailing/mailing.xhtml?id=}, new without an id): while a Draft, its form with the
 * groups to include and exclude, its preview as the signed-in user would receive it, a test send and
 * scheduling; once scheduled, its progress and report, and pausing, resuming or cancelling it.
 */
@Named("mailingPage")
@ViewScoped
public class MailingView implements Serializable {

    private static final String FORM = "mailing";

    @Inject
    private MailingBackOffice mailings;

    private String id;
    private Long mailingId;
    private String status = "Draft";
    private String name;
    private String subject;
    private String fromEmail;
    private String replyTo;
    private String bodyHtml;
    private String bodyText;
    private List<Long> include = new ArrayList<>();
    private List<Long> exclude = new ArrayList<>();
    private String testEmail;
    private MailingService.Preview preview;
    private Map<String, Object> stats = Map.of();
    private Map<String, Long> groupChoices;
    private Map<String, String> fromChoices;

    public void load() {
        groupChoices = new LinkedHashMap<>();
        mailings.visibleGroups().forEach((groupId, title) -> groupChoices.put(title, groupId));
        fromChoices = new LinkedHashMap<>();
        for (FromAddress address : mailings.fromAddresses()) {
            fromChoices.put((address.name().isEmpty() ? "" : "\"" + address.name() + "\" ") + "<" + address.email() + ">"
                    + (address.isDefault() ? " (default)" : ""), address.email());
        }
        if (id != null && !id.isBlank()) {
            mailingId = PageIds.parse(id, "mailing");
            read();
        }
    }

    private void read() {
        Map<String, Object> mailing = mailings.mailing(mailingId);
        status = (String) mailing.get("status");
        name = (String) mailing.get("name");
        subject = (String) mailing.get("subject");
        fromEmail = (String) mailing.get("from_email");
        replyTo = (String) mailing.get("replyto_email");
        bodyHtml = (String) mailing.get("body_html");
        bodyText = (String) mailing.get("body_text");
        include = new ArrayList<>(mailings.groups(mailingId, "Include"));
        exclude = new ArrayList<>(mailings.groups(mailingId, "Exclude"));
        stats = "Draft".equals(status) ? Map.of() : mailings.stats(mailingId);
    }

    public void save() throws IOException {
        boolean isNew = mailingId == null;
        long[] saved = new long[1];
        if (FacesMessages.attempt(() -> saved[0] = mailings.save(mailingId, MailingBackOffice.values(name, subject, fromEmail, replyTo,
                bodyHtml, bodyText), include, exclude), FORM)) {
            mailingId = saved[0];
            if (isNew) {
                var context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
                context.getFlash().setKeepMessages(true);
                FacesMessages.global(FacesMessage.SEVERITY_INFO, "Draft saved");
                context.redirect(context.getRequestContextPath() + "/mailing/mailing.xhtml?id=" + mailingId);
                return;
            }
            read();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Draft saved");
        }
    }

    public void preview() {
        FacesMessages.attempt(() -> preview = mailings.preview(mailingId), FORM);
    }

    public void sendTest() {
        JsonObject[] result = new JsonObject[1];
        if (FacesMessages.attempt(() -> result[0] = mailings.sendTest(mailingId, testEmail), FORM)) {
            result[0].getJsonObject("test_email").forEach((address, outcome) -> FacesMessages.global(
                    FacesMessage.SEVERITY_INFO, "Test to " + address + ": " + ((jakarta.json.JsonString) outcome).getString()));
        }
    }

    public void schedule() {
        if (FacesMessages.attempt(() -> mailings.scheduleNow(mailingId), FORM)) {
            read();
            FacesMessages.global(FacesMessage.SEVERITY_INFO, "Scheduled: it goes out through this domain's mail server within a minute");
        }
    }

    public void act(String action) {
        if (FacesMessages.attempt(() -> mailings.act(mailingId, action), FORM)) {
            read();
        }
    }

    public void refresh() {
        if (mailingId != null) {
            read();
        }
    }

    public boolean isDraft() {
        return "Draft".equals(status);
    }

    public boolean isSending() {
        return "Scheduled".equals(status) || "Running".equals(status);
    }

    public int getProgress() {
        long recipients = count("recipients");
        return recipients == 0 ? 0 : (int) ((count("delivered") + count("failed")) * 100 / recipients);
    }

    public long count(String key) {
        return stats.get(key) instanceof Number n ? n.longValue() : 0;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getMailingId() {
        return mailingId;
    }

    public String getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFromEmail() {
        return fromEmail;
    }

    public void setFromEmail(String fromEmail) {
        this.fromEmail = fromEmail;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public void setBodyText(String bodyText) {
        this.bodyText = bodyText;
    }

    public List<Long> getInclude() {
        return include;
    }

    public void setInclude(List<Long> include) {
        this.include = include;
    }

    public List<Long> getExclude() {
        return exclude;
    }

    public void setExclude(List<Long> exclude) {
        this.exclude = exclude;
    }

    public String getTestEmail() {
        return testEmail;
    }

    public void setTestEmail(String testEmail) {
        this.testEmail = testEmail;
    }

    public MailingService.Preview getPreview() {
        return preview;
    }

    public Map<String, Long> getGroupChoices() {
        return groupChoices;
    }

    public Map<String, String> getFromChoices() {
        return fromChoices;
    }
}
