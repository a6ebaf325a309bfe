package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

/** A link of a mailing whose clicks are counted (CiviCRM's {@code civicrm_mailing_trackable_url}). */
@Entity
@Table(name = "civicrm_mailing_trackable_url")
public class MailingTrackableUrl extends SeparableEntity {

    @Column(nullable = false, updatable = false)
    private String url;

    @Column(name = "mailing_id", nullable = false, updatable = false)
    private Long mailingId;

    protected MailingTrackableUrl() {
    }

    public MailingTrackableUrl(long mailingId, String url) {
        this.mailingId = mailingId;
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public Long getMailingId() {
        return mailingId;
    }
}
