package org.multisitecrm.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;

/** One run of a job in its domain: when, what it ran, and what it did or why it failed. */
@Entity
@Table(name = "civicrm_job_log")
public class JobLog extends SeparableEntity {

    /** What fits CiviCRM's column; a longer failure is cut, never lost silently. */
    private static final int DESCRIPTION = 1024;

    @Column(name = "run_time", nullable = false)
    private LocalDateTime runTime;

    @Column(name = "job_id")
    private Long jobId;

    private String name;

    private String command;

    private String description;

    private String data;

    protected JobLog() {
    }

    public JobLog(Job job, LocalDateTime runTime, String description, String data) {
        this(job, true, runTime, description, data);
    }

    /** {@code linked}: false when the job's row is gone (deleted while it ran), so the log keeps its name only. */
    JobLog(Job job, boolean linked, LocalDateTime runTime, String description, String data) {
        this.runTime = runTime;
        this.jobId = linked ? job.getId() : null;
        this.name = job.getName();
        this.command = job.command();
        this.description = description.length() > DESCRIPTION ? description.substring(0, DESCRIPTION - 1) + "…" : description;
        this.data = data;
    }

    /** Only for corrections by the server itself (a log is not edited through the API). */
    public void setData(String data) {
        this.data = data;
    }

    public String getDescription() {
        return description;
    }

    public String getData() {
        return data;
    }
}
