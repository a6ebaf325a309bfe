package org.multisitecrm.web.system;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.multisitecrm.web.record.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Scheduled Jobs ({@code admin/jobs.xhtml}): the domain's jobs, running one now, and the latest runs' log. */
@Named("jobs")
@ViewScoped
public class JobsView implements Serializable {

    @Inject
    private SystemBackOffice system;

    private List<Map<String, Object>> jobs;
    private List<Map<String, Object>> logs;

    @PostConstruct
    void load() {
        jobs = system.jobs();
        logs = system.logs();
    }

    public void runNow(Map<String, Object> job) {
        if (FacesMessages.attempt(() -> system.runNow(((Number) job.get("id")).longValue()), "jobs")) {
            FacesMessages.global(FacesMessage.SEVERITY_INFO, job.get("name") + " ran; its log is below");
            load();
        }
    }

    public List<Map<String, Object>> getJobs() {
        return jobs;
    }

    public List<Map<String, Object>> getLogs() {
        return logs;
    }
}
