package org.multisitecrm.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;
import org.multisitecrm.catalog.FieldValues;
import org.multisitecrm.security.Permission;
import org.multisitecrm.security.Requirement;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * Report instances, administered by the domain's administrators, and {@code ReportInstance.run}: a
 * page of the report ({@code limit}, {@code offset}), run by anyone with 'access CiviCRM' and the
 * instance's own permission, under their visibility.
 */
@ApplicationScoped
public class ReportEntities implements EntityContributor {

    @Inject
    private ReportRunner runner;

    @Inject
    private ReportFormValues formValues;

    @Override
    public List<EntityDefinition> entities() {
        return List.of(entity("ReportInstance", ReportInstance.class, "A domain's saved reports on CiviCRM's report templates.")
                .fields("id", "title", "report_id", "name", "description", "permission", "form_values", "is_active", "created_id",
                        "owner_id", "header", "footer", "is_reserved")
                .readOnly("created_id", "is_reserved")
                .foreignKey("created_id", "Contact").foreignKey("owner_id", "Contact")
                .serialized("form_values")
                .checkedBy(formValues)
                .action("run", Requirement.permission(Permission.ACCESS_CIVICRM), (entity, id, params) -> runner.run(id,
                        number(params, "limit", 50), number(params, "offset", 0)))
                .administeredAsConfiguration());
    }

    private static int number(jakarta.json.JsonObject params, String name, int fallback) {
        jakarta.json.JsonValue value = params.get(name);
        if (value == null || value == jakarta.json.JsonValue.NULL) {
            return fallback;
        }
        if (!(value instanceof jakarta.json.JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
            throw new org.multisitecrm.infrastructure.validation.InvalidInput(name, "'" + FieldValues.abbreviate(value.toString())
                    + "' is not a whole number");
        }
        return n.intValue();
    }
}
