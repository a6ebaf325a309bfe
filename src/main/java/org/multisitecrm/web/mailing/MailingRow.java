package org.multisitecrm.web.mailing;

import java.io.Serializable;

/** One mailing as the list shows it, with its sending's progress. */
public class MailingRow implements Serializable {

    private final long id;
    private final String name;
    private final String subject;
    private final String status;
    private final String scheduled;
    private final long recipients;
    private final long delivered;
    private final long failed;

    MailingRow(long id, String name, String subject, String status, String scheduled, long recipients, long delivered, long failed) {
        this.id = id;
        this.name = name;
        this.subject = subject;
        this.status = status;
        this.scheduled = scheduled;
        this.recipients = recipients;
        this.delivered = delivered;
        this.failed = failed;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSubject() {
        return subject;
    }

    public String getStatus() {
        return status;
    }

    public String getScheduled() {
        return scheduled;
    }

    public long getRecipients() {
        return recipients;
    }

    public long getDelivered() {
        return delivered;
    }

    public long getFailed() {
        return failed;
    }

    /** Sent or given up on, as a share of the recipients (0 to 100). */
    public int getProgress() {
        return recipients == 0 ? 0 : (int) ((delivered + failed) * 100 / recipients);
    }
}
