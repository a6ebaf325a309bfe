package org.multisitecrm.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.catalog.RecordCheck;
import org.multisitecrm.catalog.RecordValues;
import org.multisitecrm.infrastructure.validation.InvalidInput;
import org.multisitecrm.security.Permission;

/**
 * Every write of a report instance names a template offered here, form values that make a valid query
 * of it, and a permission that exists: a saved report that cannot run is refused when saved.
 */
@ApplicationScoped
public class ReportFormValues implements RecordCheck {

    @Inject
    private ReportRunner runner;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void check(Long id, RecordValues values) {
        ReportInstance current = id == null ? null : em.find(ReportInstance.class, id);
        String reportId = values.getOr("report_id", current == null ? null : current.getReportId());
        String formValues = values.getOr("form_values", current == null ? null : current.getFormValues());
        if (reportId != null) {
            runner.check(reportId, formValues);
        }
        String permission = values.getOr("permission", null);
        if (permission != null && !permission.isBlank() && Permission.byLabel(permission).isEmpty()) {
            throw new InvalidInput("permission", "'" + permission + "' is not a permission");
        }
    }
}
