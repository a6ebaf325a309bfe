package org.multisitecrm.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import org.multisitecrm.catalog.EntityContributor;
import org.multisitecrm.catalog.EntityDefinition;

import java.util.List;

import static org.multisitecrm.catalog.EntityDefinition.entity;

/**
 * Dashlets, administered by the domain's administrators; layouts, written directly under the contact
 * edit rule (a user arranges their own dashboard; another's only if they may edit that contact).
 */
@ApplicationScoped
public class DashboardEntities implements EntityContributor {

    @Override
    public List<EntityDefinition> entities() {
        return List.of(
                entity("Dashboard", Dashboard.class, "The dashlets a domain offers.")
                        .fields("id", "name", "label", "url", "permission", "permission_operator", "fullscreen_url", "is_active",
                                "is_reserved", "cache_minutes", "directive")
                        .readOnly("is_reserved")
                        .administeredAsConfiguration(),
                entity("DashboardContact", DashboardContact.class, "Each user's layout of the domain's dashlets.")
                        .fields("id", "dashboard_id", "contact_id", "column_no", "is_active", "weight")
                        .foreignKey("dashboard_id", "Dashboard").foreignKey("contact_id", "Contact")
                        .writtenDirectly());
    }
}
