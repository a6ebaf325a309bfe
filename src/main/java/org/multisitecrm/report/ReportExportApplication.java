package org.multisitecrm.report;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.multisitecrm.api.ApiErrorMapper;

import java.util.Set;

/** CiviCRM's report URLs ({@code /civicrm/report/instance/ID?output=csv}), answered in APIv4's shape when they fail. */
@ApplicationPath("/civicrm/report")
public class ReportExportApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ReportExportResource.class, ApiErrorMapper.class);
    }
}
