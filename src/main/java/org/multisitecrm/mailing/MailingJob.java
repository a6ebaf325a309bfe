package org.multisitecrm.mailing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** One sending of a mailing (CiviCRM's {@code civicrm_mailing_job}): the scheduled one, or a test send. */
@Entity
@Table(name = "civicrm_mailing_job")
public class MailingJob extends SeparableEntity {

    @Column(name = "mailing_id", nullable = false, updatable = false)
    private Long mailingId;

    @Column(name = "scheduled_date")
    private LocalDateTime scheduledDate;

    @Column(name = "start_date")
    private LocalDateTime startDate;

    @Column(name = "end_date")
    private LocalDateTime endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailingStatus status;

    @Column(name = "is_test", nullable = false, updatable = false)
    private boolean isTest;

    @Column(name = "job_type")
    private String jobType;

    protected MailingJob() {
    }

    public MailingJob(long mailingId, LocalDateTime scheduledDate, boolean isTest) {
        this.mailingId = mailingId;
        this.scheduledDate = scheduledDate;
        this.isTest = isTest;
        this.status = MailingStatus.Scheduled;
        this.jobType = isTest ? "test" : "parent";
    }

    void moveTo(MailingStatus status, LocalDateTime at) {
        if (status == MailingStatus.Running && startDate == null) {
            startDate = at;
        }
        if (status.isOver()) {
            endDate = at;
        }
        this.status = status;
    }

    public Long getMailingId() {
        return mailingId;
    }

    public LocalDateTime getScheduledDate() {
        return scheduledDate;
    }

    public MailingStatus getStatus() {
        return status;
    }

    public boolean isTest() {
        return isTest;
    }
}
