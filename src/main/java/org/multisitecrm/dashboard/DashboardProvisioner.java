package org.multisitecrm.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.multisitecrm.tenancy.Domain;
import org.multisitecrm.tenancy.DomainProvisioner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every domain the dashlets this server can show, matched by name, so one added by a later
 * release reaches every existing domain, and one a domain relabelled or turned off stays so.
 */
@ApplicationScoped
public class DashboardProvisioner implements DomainProvisioner {

    private static final List<Dashboard> DASHLETS = List.of(
            new Dashboard(Dashlets.RECENT_CONTACTS, "Recently changed contacts", "access CiviCRM"),
            new Dashboard(Dashlets.SYSTEM_STATUS, "System status", "administer CiviCRM"),
            new Dashboard(Dashlets.REPORT_PREFIX + "member/summary", "Membership summary", "access CiviCRM"),
            new Dashboard(Dashlets.REPORT_PREFIX + "contribute/summary", "Contribution summary", "access CiviCRM"));

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public void provision(Domain domain) {
        Set<String> present = new HashSet<>(em.createQuery("SELECT d.name FROM Dashboard d", String.class).getResultList());
        for (Dashboard dashlet : DASHLETS) {
            if (!present.contains(dashlet.getName())) {
                em.persist(new Dashboard(dashlet.getName(), dashlet.getLabel(), dashlet.getPermission()));
            }
        }
    }
}
