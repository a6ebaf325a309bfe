package org.multisitecrm.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Reports listing ({@code report/list.xhtml}): the domain's report instances, each opening its report. */
@Named("reports")
@ViewScoped
public class ReportsView implements Serializable {

    @Inject
    private ReportBackOffice reports;

    private List<Map<String, Object>> instances;

    @PostConstruct
    void load() {
        instances = reports.instances();
    }

    public List<Map<String, Object>> getInstances() {
        return instances;
    }
}
