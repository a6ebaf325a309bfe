package org.multisitecrm.web.mailing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Scheduled and Sent Mailings ({@code mailing/list.xhtml}): the domain's mailings, newest first, each with
 * its status and, once scheduled, how far its sending has got; refreshed while any is being sent.
 */
@Named("mailingList")
@ViewScoped
public class MailingsView implements Serializable {

    @Inject
    private MailingBackOffice mailings;

    private List<MailingRow> rows;

    @PostConstruct
    void load() {
        rows = mailings.mailings().stream().map(this::row).toList();
    }

    public void refresh() {
        load();
    }

    private MailingRow row(Map<String, Object> mailing) {
        long id = ((Number) mailing.get("id")).longValue();
        String status = (String) mailing.get("status");
        Map<String, Object> stats = "Draft".equals(status) ? Map.of() : mailings.stats(id);
        return new MailingRow(id, (String) mailing.get("name"), (String) mailing.get("subject"), status,
                mailing.get("scheduled_date") == null ? "" : mailing.get("scheduled_date").toString(), count(stats, "recipients"),
                count(stats, "delivered"), count(stats, "failed"));
    }

    private static long count(Map<String, Object> stats, String key) {
        return stats.get(key) instanceof Number n ? n.longValue() : 0;
    }

    public List<MailingRow> getRows() {
        return rows;
    }

    public boolean isSending() {
        return rows.stream().anyMatch(r -> r.getStatus().equals("Running") || r.getStatus().equals("Scheduled"));
    }
}
