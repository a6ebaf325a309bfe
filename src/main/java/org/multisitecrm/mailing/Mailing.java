package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/**
 * One of a domain's mailings (CiviCRM's {@code civicrm_mailing}): what is sent, from which of the domain's
 * addresses, and where it stands. Its content is fixed once it is scheduled; its recipients are fixed then.
 */
@Entity
@Table(name = "civicrm_mailing")
public class Mailing extends SeparableEntity {

    @Column(nullable = false)
    private String name;

    private String subject;

    @Column(name = "from_name")
    private String fromName;

    @Column(name = "from_email")
    private String fromEmail;

    @Column(name = "replyto_email")
    private String replytoEmail;

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "url_tracking", nullable = false)
    private boolean urlTracking;

    @Column(name = "open_tracking", nullable = false)
    private boolean openTracking;

    @Column(name = "dedupe_email", nullable = false)
    private boolean dedupeEmail = true;

    @Column(name = "sms_provider_id")
    private Long smsProviderId;

    @Column(name = "scheduled_date")
    private LocalDateTime scheduledDate;

    @Column(name = "scheduled_id")
    private Long scheduledId;

    @Column(name = "is_completed", nullable = false)
    private boolean isCompleted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailingStatus status = MailingStatus.Draft;

    private String hash;

    @Column(name = "approval_status_id")
    private Long approvalStatusId;

    @Column(name = "approver_id")
    private Long approverId;

    @Column(name = "approval_date")
    private LocalDateTime approvalDate;

    @Column(name = "approval_note")
    private String approvalNote;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "created_id", updatable = false)
    private Long createdId;

    @Column(name = "created_date", updatable = false)
    private LocalDateTime createdDate;

    public Mailing() {
    }

    public Mailing(String name) {
        this.name = name;
    }

    void created(Long contactId, LocalDateTime when, String hash) {
        this.createdId = contactId;
        this.createdDate = when;
        this.hash = hash;
    }

    void scheduled(LocalDateTime date, Long contactId) {
        this.scheduledDate = date;
        this.scheduledId = contactId;
        this.status = MailingStatus.Scheduled;
    }

    /** CiviCRM's mail_approval_status values. */
    static final long APPROVED = 1;
    static final long REJECTED = 2;
    static final long AWAITING = 3;

    /** Whether it may go out: approved, or scheduled on a domain that does not ask for approval (no status). */
    boolean isApproved() {
        return approvalStatusId == null || approvalStatusId == APPROVED;
    }

    void awaitApproval() {
        approvalStatusId = AWAITING;
    }

    void decided(boolean approved, Long approver, LocalDateTime when, String note) {
        approvalStatusId = approved ? APPROVED : REJECTED;
        approverId = approver;
        approvalDate = when;
        approvalNote = note;
    }

    Long getApprovalStatusId() {
        return approvalStatusId;
    }

    void moveTo(MailingStatus status) {
        this.status = status;
        this.isCompleted = status == MailingStatus.Complete;
    }

    void useFrom(String name, String email) {
        this.fromName = name;
        this.fromEmail = email;
    }

    public String getName() {
        return name;
    }

    public String getSubject() {
        return subject;
    }

    public String getFromName() {
        return fromName;
    }

    public String getFromEmail() {
        return fromEmail;
    }

    public String getReplytoEmail() {
        return replytoEmail;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** The gateway an SMS mailing goes through; null for email. */
    public Long getSmsProviderId() {
        return smsProviderId;
    }

    public boolean isSms() {
        return smsProviderId != null;
    }

    public boolean isUrlTracking() {
        return urlTracking;
    }

    public boolean isOpenTracking() {
        return openTracking;
    }

    public boolean isDedupeEmail() {
        return dedupeEmail;
    }

    public LocalDateTime getScheduledDate() {
        return scheduledDate;
    }

    public MailingStatus getStatus() {
        return status;
    }

    public String getHash() {
        return hash;
    }
}
