package org.multisitecrm.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.multisitecrm.infrastructure.persistence.entity.SeparableEntity;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One of a domain's scheduled jobs: which API action it runs, how often, and when it last ran. */
@Entity
@Table(name = "civicrm_job")
public class Job extends SeparableEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "run_frequency", nullable = false)
    private RunFrequency runFrequency = RunFrequency.Daily;

    @Column(name = "last_run")
    private LocalDateTime lastRun;

    @Column(name = "last_run_end")
    private LocalDateTime lastRunEnd;

    @Column(name = "scheduled_run_date")
    private LocalDateTime scheduledRunDate;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "api_entity", nullable = false, updatable = false)
    private String apiEntity;

    @Column(name = "api_action", nullable = false, updatable = false)
    private String apiAction;

    private String parameters;

    @Column(name = "is_active", nullable = false)
    private boolean isActive = true;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    protected Job() {
    }

    /** A job from a handler's template; {@link DefaultJobsProvisioner} gives one to every domain. */
    public Job(JobHandler.Template template, String apiEntity, String apiAction) {
        this.name = template.name();
        this.description = template.description();
        this.runFrequency = template.frequency();
        this.isActive = template.isActive();
        this.apiEntity = apiEntity;
        this.apiAction = apiAction;
    }

    public boolean isDue(LocalDateTime now) {
        return isActive && runFrequency.isDue(lastRun, scheduledRunDate, now);
    }

    /** {@code api_entity.api_action}, as CiviCRM's log names the command. */
    public String command() {
        return apiEntity + "." + apiAction;
    }

    /** CiviCRM's {@code parameters}: one {@code key=value} per line. */
    public Map<String, String> parameterMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.lines().map(String::trim).filter(l -> !l.isEmpty() && l.contains("="))
                    .forEach(l -> map.put(l.substring(0, l.indexOf('=')).trim(), l.substring(l.indexOf('=') + 1).trim()));
        }
        return map;
    }

    void ran(LocalDateTime started, LocalDateTime ended, String owner) {
        this.lastRun = started;
        this.lastRunEnd = ended;
        release(owner);
        if (scheduledRunDate != null && !started.isBefore(scheduledRunDate)) {
            scheduledRunDate = null;
        }
    }

    void release(String owner) {
        if (owner.equals(leaseOwner)) {
            leaseOwner = null;
            leaseUntil = null;
        }
    }

    public String getName() {
        return name;
    }

    public RunFrequency getRunFrequency() {
        return runFrequency;
    }

    public LocalDateTime getLastRun() {
        return lastRun;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getApiEntity() {
        return apiEntity;
    }

    public String getApiAction() {
        return apiAction;
    }
}
